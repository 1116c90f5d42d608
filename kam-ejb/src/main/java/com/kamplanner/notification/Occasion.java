package com.kamplanner.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What happened, as {@link Notifications#notify} takes it: the kind, the account and section it is about (either
 * may be null), the title's arguments, the page it links to relative to the application root, and, for the
 * nightly sweep, a key that makes it once per recipient (null for events, which happen once).
 */
public record Occasion(NotificationKind kind, Long accountId, String sectionKey, List<String> titleArgs, String url,
                       String dedupeKey) {

    public Occasion {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(url);
        titleArgs = titleArgs.stream().map(a -> a == null ? "" : a).toList();
    }

    /** An event on an account, told once. */
    public static Occasion onAccount(NotificationKind kind, long accountId, String url, String... titleArgs) {
        return new Occasion(kind, accountId, null, Arrays.asList(titleArgs), url, null);
    }
}
