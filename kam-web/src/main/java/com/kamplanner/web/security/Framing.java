package com.kamplanner.web.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who may show the application in a frame: nobody by default, or the intranet portal origins IT lists in
 * {@code kam.frame-ancestors} (space or comma separated, {@code https://portal.example.com}). The CSP's
 * {@code frame-ancestors} names them; {@code X-Frame-Options}, which cannot name an origin in today's browsers,
 * says {@code DENY} when nobody may frame the app and is left out when the CSP allows a portal (browsers that
 * know CSP ignore it then anyway, and an old one would otherwise refuse the portal).
 */
record Framing(List<String> origins) {

    /** The setting's name. */
    static final String SETTING = "kam.frame-ancestors";

    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9*]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\\d{1,5})?");

    Framing {
        origins = List.copyOf(origins);
    }

    /** Reads the setting; a value that is not a list of origins is refused with the offending entry. */
    static Framing of(Optional<String> setting) {
        List<String> origins = setting.map(value -> Arrays.stream(value.split("[\\s,]+"))
                .filter(entry -> !entry.isBlank()).map(Framing::origin).toList()).orElse(List.of());
        return new Framing(origins);
    }

    private static String origin(String entry) {
        String origin = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
        if (!ORIGIN.matcher(origin).matches()) {
            throw new IllegalArgumentException(SETTING + " must list origins such as https://portal.example.com: "
                    + entry);
        }
        return origin;
    }

    String frameAncestors() {
        return origins.isEmpty() ? "'none'" : String.join(" ", origins);
    }

    Optional<String> xFrameOptions() {
        return origins.isEmpty() ? Optional.of("DENY") : Optional.empty();
    }
}
