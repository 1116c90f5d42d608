package com.kamplanner.situation;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one policy for rich text in the planning documents (OWASP Java HTML Sanitizer): formatting, paragraphs,
 * lists, tables and links survive; scripts, event handlers, styles and frames never do. Applied before a value is
 * stored and again before it is shown.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("br", "span", "ul", "ol", "li").toFactory());

    private RichText() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html).trim();
        return isEmpty(clean) ? null : clean;
    }

    /** The text without any tag, for exports and for deciding whether a field is filled. */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>", "\n").replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&#43;", "+").replace("&#61;", "=").replace("&#64;", "@")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replaceAll("\n{3,}", "\n\n").trim();
    }

    private static boolean isEmpty(String html) {
        return plain(html).isBlank();
    }
}
