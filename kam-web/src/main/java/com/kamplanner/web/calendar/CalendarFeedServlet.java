package com.kamplanner.web.calendar;

import com.kamplanner.calendar.CalendarEntry;
import com.kamplanner.calendar.CalendarFeed;
import com.kamplanner.calendar.IcsCalendar;
import com.kamplanner.web.i18n.Bundle;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /calendar/<token>.ics}: a person's feed for calendar clients, which cannot log in, so web.xml leaves
 * this path out of the login and the token is the credential. The feed is computed as its owner
 * ({@link CalendarFeed}) and written in the owner's stored language, as notifications are; an unknown or revoked
 * token, or a disabled owner, answers a bare 404 that tells nothing.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeed feed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = FeedAddress.token(request.getPathInfo());
        Optional<CalendarFeed.Feed> found = token == null ? Optional.empty() : feed.forToken(token);
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("Not found");
            return;
        }
        Locale language = found.get().language();
        String body = IcsCalendar.write(Bundle.text(language, "calendar.feed.name", found.get().ownerName()),
                found.get().entries(), entry -> summary(entry, language), FeedAddress.base(request));
        response.setContentType("text/calendar; charset=UTF-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static String summary(CalendarEntry entry, Locale language) {
        return Bundle.text(language, "calendar.event." + entry.kind().name(), entry.titleArgs().toArray());
    }
}
