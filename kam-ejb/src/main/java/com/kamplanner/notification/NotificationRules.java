package com.kamplanner.notification;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is notified of what, apart from the database so that it is tested alone: each kind goes to the parties of
 * the occasion the issue names, never to the person who acted (no one is told of their own act), and once to a
 * person who holds several parts (a KAM who owns the action plan).
 */
public final class NotificationRules {

    private NotificationRules() {
    }

    /** The parties a kind of notification goes to. */
    public static Set<Party> parties(NotificationKind kind) {
        return switch (kind) {
            case PLAN_SUBMITTED -> EnumSet.of(Party.DIRECTORS);
            case PLAN_RETURNED, PLAN_APPROVED -> EnumSet.of(Party.KAM, Party.TEAM);
            case ACTION_PLAN_ASSIGNED, ACTION_PLAN_COMMENTED, ACTION_PLAN_LATE -> EnumSet.of(Party.OWNER, Party.KAM);
            case SECTION_GRANTED, CAMPAIGN_OPENED, ASSESSMENT_VALIDATED, SPONSOR_MEETING_OVERDUE -> EnumSet.of(Party.PERSON);
            case PLAN_REVIEW_OVERDUE -> EnumSet.of(Party.KAM, Party.DIRECTORS);
            case PROGRAMME_MESSAGE, TEAM_RECOGNISED -> EnumSet.of(Party.AUDIENCE);
            case CONFLICT_RECORDED, CONTINGENCY_FIRED -> EnumSet.of(Party.KAM, Party.DIRECTORS);
            case HEALTH_DROPPED -> EnumSet.of(Party.KAM, Party.DIRECTORS);
        };
    }

    /**
     * The parties one occasion goes to: those of its kind, except that a conflict goes to the KAM when it is
     * about one of their accounts, and to the KA Directors when it is about no account (the functions it names).
     */
    public static Set<Party> parties(Occasion occasion) {
        if (occasion.kind() == NotificationKind.CONFLICT_RECORDED) {
            return EnumSet.of(occasion.accountId() == null ? Party.DIRECTORS : Party.KAM);
        }
        return parties(occasion.kind());
    }

    /** The recipients' ids, each once, in the order of the parties; without the actor. */
    public static Set<Long> recipients(NotificationKind kind, Concerned concerned) {
        return recipients(parties(kind), concerned);
    }

    /** The recipients of one occasion, as {@link #parties(Occasion)} picks its parties. */
    public static Set<Long> recipients(Occasion occasion, Concerned concerned) {
        return recipients(parties(occasion), concerned);
    }

    private static Set<Long> recipients(Set<Party> parties, Concerned concerned) {
        Set<Long> recipients = new LinkedHashSet<>();
        for (Party party : parties) {
            recipients.addAll(concerned.holders(party));
        }
        if (concerned.actor() != null) {
            recipients.remove(concerned.actor());
        }
        return recipients;
    }
}
