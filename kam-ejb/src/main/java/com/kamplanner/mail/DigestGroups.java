package com.kamplanner.mail;

import com.kamplanner.notification.NotificationKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a digest lays out its notifications: one group per kind, in the order {@link NotificationKind} declares them
 * (the review events first, the reminders after), and within a group oldest first, as they happened. A reader
 * scans the kinds they care about and skips the rest.
 */
public final class DigestGroups {

    private DigestGroups() {
    }

    /** One notification as the digest shows it: its title in the reader's language and the page it opens. */
    public record Item(long id, NotificationKind kind, String title, String link, Instant createdAt) {
    }

    /** The items of one kind. */
    public record Group(NotificationKind kind, List<Item> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    public static List<Group> group(List<Item> items) {
        Map<NotificationKind, List<Item>> byKind = new EnumMap<>(NotificationKind.class);
        items.stream().sorted(Comparator.comparing(Item::createdAt).thenComparing(Item::id))
                .forEach(item -> byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item));
        return byKind.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }
}
