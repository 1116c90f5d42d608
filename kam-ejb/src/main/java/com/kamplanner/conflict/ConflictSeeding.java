package com.kamplanner.conflict;

import com.kamplanner.account.Account;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Demo and test seeding of register entries, through the same invariants as the service, without a caller. */
public final class ConflictSeeding {

    private ConflictSeeding() {
    }

    public static Conflict open(EntityManager em, String title, ConflictKind kind, String otherParties,
                                String description, List<Account> accounts, String by, Instant at) {
        Conflict conflict = new Conflict(title, kind, description, by, at);
        conflict.edit(title, kind, otherParties, description, accounts);
        em.persist(conflict);
        return conflict;
    }

    public static void move(Conflict conflict, ConflictStatus next, String note, String by, Instant at) {
        conflict.moveTo(next, note, by, at);
    }
}
