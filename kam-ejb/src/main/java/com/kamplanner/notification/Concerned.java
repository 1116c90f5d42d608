package com.kamplanner.notification;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The user ids that hold each {@link Party} in one occasion, and who acted (null for the nightly sweep), so that
 * {@link NotificationRules} picks the recipients without a database.
 */
public final class Concerned {

    private final Map<Party, Set<Long>> parties = new EnumMap<>(Party.class);
    private Long actor;

    public static Concerned by(Long actor) {
        Concerned concerned = new Concerned();
        concerned.actor = actor;
        return concerned;
    }

    /** Adds the ids as {@code party}; null ids are ignored. */
    public Concerned with(Party party, List<Long> ids) {
        Set<Long> holders = parties.computeIfAbsent(party, p -> new LinkedHashSet<>());
        ids.stream().filter(Objects::nonNull).forEach(holders::add);
        return this;
    }

    public Concerned with(Party party, Long id) {
        return id == null ? this : with(party, List.of(id));
    }

    Set<Long> holders(Party party) {
        return parties.getOrDefault(party, Set.of());
    }

    Long actor() {
        return actor;
    }
}
