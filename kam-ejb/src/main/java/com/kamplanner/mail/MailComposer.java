package com.kamplanner.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Turns an outbox row into the message that leaves: multipart/alternative, plain text first and HTML second (a
 * client shows the last part it can read), UTF-8, in the recipient's language, with the link to the item added
 * to both parts when the body does not already carry it. The sender address is the session's
 * ({@code mail.from}, set by {@code create-javamail-resource --fromaddress}).
 */
final class MailComposer {

    private MailComposer() {
    }

    static MimeMessage compose(Session session, OutboxMail mail, Optional<String> publicUrl)
            throws MessagingException {
        String link = absolute(mail.getLink(), publicUrl);
        String text = mail.getPlainText();
        String html = mail.getHtml();
        if (link != null && !text.contains(link)) {
            text = text + "\n\n" + link + "\n";
        }
        if (link != null && !html.contains(escape(link))) {
            html = html + "\n<p><a href=\"" + escape(link) + "\">" + escape(link) + "</a></p>";
        }
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8", "plain");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, "UTF-8", "html");
        MimeMultipart body = new MimeMultipart("alternative");
        body.addBodyPart(textPart);
        body.addBodyPart(htmlPart);

        MimeMessage message = new MimeMessage(session);
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.getAddress(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setHeader("Content-Language", mail.getLanguage());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(Date.from(Instant.now()));
        message.setContent(body);
        message.setFrom();
        message.saveChanges();
        return message;
    }

    /** The link as a reader's mail client can open it: relative links resolved against the public address. */
    static String absolute(String link, Optional<String> publicUrl) {
        if (link == null || link.isBlank()) {
            return null;
        }
        URI uri = URI.create(link.strip());
        if (uri.isAbsolute() || publicUrl.isEmpty()) {
            return uri.toString();
        }
        String base = publicUrl.get().endsWith("/") ? publicUrl.get() : publicUrl.get() + "/";
        String path = link.strip().startsWith("/") ? link.strip().substring(1) : link.strip();
        return URI.create(base).resolve(path).toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
