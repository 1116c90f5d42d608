package com.kamplanner.web.calendar;

import jakarta.servlet.http.HttpServletRequest;

/** Where the feed lives: the one place that spells the {@code /calendar/<token>.ics} URL, both ways. */
public final class FeedAddress {

    static final String PATH = "calendar/";
    static final String SUFFIX = ".ics";

    private FeedAddress() {
    }

    /** The application root as the client reached it, ending with a slash. */
    public static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath()
                + "/";
    }

    public static String of(HttpServletRequest request, String token) {
        return base(request) + PATH + token + SUFFIX;
    }

    /** The token in a path under {@code /calendar} ({@code /<token>.ics}), or null when the path is not a feed's. */
    static String token(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/") || !pathInfo.endsWith(SUFFIX)) {
            return null;
        }
        String token = pathInfo.substring(1, pathInfo.length() - SUFFIX.length());
        return token.isEmpty() || token.contains("/") ? null : token;
    }
}
