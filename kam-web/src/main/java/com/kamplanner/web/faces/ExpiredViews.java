package com.kamplanner.web.faces;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a form posted on an expired view goes: back to the page it was posted from, with {@code expired=true}, so
 * that the page says the last action was not carried out (or, when the session is gone too, so that the login
 * page comes first and leads back there). The page is the request's {@code Referer} when it is a page of this
 * application (only its path and query are kept, never another host), else the expired view itself.
 */
final class ExpiredViews {

    static final String PARAMETER = "expired";

    private ExpiredViews() {
    }

    static String redirectTarget(String contextPath, String viewId, String referer) {
        String page = fromReferer(contextPath, referer);
        if (page == null) {
            page = contextPath + (viewId == null || viewId.isBlank() ? "/index.xhtml" : viewId);
        }
        return marked(page);
    }

    private static String fromReferer(String contextPath, String referer) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/") || path.contains("..")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String marked(String page) {
        int question = page.indexOf('?');
        String path = question < 0 ? page : page.substring(0, question);
        String query = question < 0 ? "" : Arrays.stream(page.substring(question + 1).split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return path + "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "=true";
    }
}
