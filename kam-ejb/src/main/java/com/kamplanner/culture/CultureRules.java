package com.kamplanner.culture;

import com.kamplanner.account.RelationshipStage;
import com.kamplanner.people.Role;
import com.kamplanner.plan.CarryOver;
import com.kamplanner.plan.ReviewCadence;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.FreeText;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.Contingency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the programme's culture, pure and tested without a server: who publishes (executives and the KA
 * Director), who reads (the programme's members: executives, the KA Director, KAMs and the company's own KA team
 * members; never an external partner, HR only the recognitions on a KAM's profile), what a message needs, to whom
 * it goes, which language a reader gets, and what counts as an achievement: an objective reached as the plan's
 * follow-up counts it ({@link CarryOver#metOn}), a plan approved by the review date its cadence gave it
 * ({@link ReviewCadence#nextReview}), a stage moved up the development path, a contingency that fired and was
 * acknowledged.
 */
public final class CultureRules {

    public static final int MESSAGE_MAX = 280;
    public static final int CITATION_MAX = 500;
    public static final int TEAM_MAX = 1000;

    public static final String MESSAGE_REQUIRED = "culture.message.required";
    public static final String MESSAGE_SIZE = "culture.message.size";
    public static final String AUDIENCE_REQUIRED = "culture.audience.required";
    public static final String SEGMENT_REQUIRED = "culture.segment.required";
    public static final String CITATION_SIZE = "culture.citation.size";
    public static final String NOT_EVIDENCED = "culture.notEvidenced";
    public static final String ALREADY_WITHDRAWN = "culture.message.alreadyWithdrawn";

    private static final Set<Role> PUBLISHERS = Set.of(Role.EXECUTIVE, Role.KA_DIRECTOR);
    private static final Set<Role> MEMBERS = Set.of(Role.EXECUTIVE, Role.KA_DIRECTOR, Role.KAM, Role.TEAM_MEMBER);

    private CultureRules() {
    }

    /** Executives and the KA Director publish messages and recognitions. */
    public static boolean mayPublish(Set<Role> roles) {
        return roles.stream().anyMatch(PUBLISHERS::contains);
    }

    /** The programme's members read them: an account role or a programme lead's, and from inside the company. */
    public static boolean mayRead(Set<Role> roles, boolean external) {
        return !external && roles.stream().anyMatch(MEMBERS::contains);
    }

    /**
     * The message as it is kept: texts stripped, a blank one absent, at least one of the two, each at most
     * {@value #MESSAGE_MAX} characters; an audience, and a segment exactly when it is a segment's teams.
     */
    public static MessageDraft checkMessage(MessageDraft draft) {
        if (draft == null || draft.audience() == null) {
            throw new BusinessRuleException(AUDIENCE_REQUIRED);
        }
        String en = FreeText.orNull(draft.textEn());
        String fr = FreeText.orNull(draft.textFr());
        if (en == null && fr == null) {
            throw new BusinessRuleException(MESSAGE_REQUIRED);
        }
        if (en != null && en.length() > MESSAGE_MAX || fr != null && fr.length() > MESSAGE_MAX) {
            throw new BusinessRuleException(MESSAGE_SIZE, MESSAGE_MAX);
        }
        boolean toSegment = draft.audience() == Audience.SEGMENT;
        if (toSegment && draft.segment() == null) {
            throw new BusinessRuleException(SEGMENT_REQUIRED);
        }
        return new MessageDraft(draft.audience(), toSegment ? draft.segment() : null, en, fr);
    }

    /** The citation as it is kept: stripped, blank as none, at most {@value #CITATION_MAX} characters. */
    public static String checkCitation(String citation) {
        String text = FreeText.orNull(citation);
        if (text != null && text.length() > CITATION_MAX) {
            throw new BusinessRuleException(CITATION_SIZE, CITATION_MAX);
        }
        return text;
    }

    /**
     * Whether a message reaches a reader now: everyone's reaches every member, the KAMs' every KAM, a segment's the
     * members on a team (as KAM or team member) of an account of that segment. Programme leads read them all.
     */
    public static boolean addressedTo(Audience audience, Quadrant segment, Set<Role> roles,
                                      Set<Quadrant> segmentsOfMyAccounts) {
        if (mayPublish(roles)) {
            return true;
        }
        return switch (audience) {
            case EVERYONE -> true;
            case KAMS -> roles.contains(Role.KAM);
            case SEGMENT -> segmentsOfMyAccounts.contains(segment);
        };
    }

    /** The text in the reader's language when it was written, else in the other. */
    public static String text(String en, String fr, Locale reader) {
        boolean french = reader != null && "fr".equals(reader.getLanguage());
        String preferred = french ? fr : en;
        return preferred != null ? preferred : french ? en : fr;
    }

    /** The day the indicator reached its target, from the recorded actuals (period end to value); null if not. */
    public static LocalDate reachedOn(BigDecimal baseline, BigDecimal target, Map<LocalDate, BigDecimal> actuals) {
        return CarryOver.metOn(baseline, target, actuals);
    }

    /**
     * Whether a plan version was approved on time: on or before the review date that was due when it was approved,
     * its segment's cadence after the previous approval (after the plan's creation for a first approval).
     */
    public static boolean approvedOnTime(LocalDate approvedOn, LocalDate previousApproval, LocalDate planCreated,
                                         int frequencyMonths) {
        return !approvedOn.isAfter(ReviewCadence.nextReview(previousApproval, planCreated, frequencyMonths));
    }

    /** Whether a relationship moved up: to a later stage of the development path than it was at. */
    public static boolean movedUp(RelationshipStage from, RelationshipStage to) {
        return from != null && to != null && to.ordinal() > from.ordinal();
    }

    /**
     * Whether a contingency was handled: it fired (its watch recorded when) and the KAM acknowledged the firing
     * since; a contingency re-armed since, or fired and not yet seen, was not.
     */
    public static boolean handled(Contingency.State state, Instant firedAt, Instant acknowledgedAt) {
        return state == Contingency.State.ACKNOWLEDGED && firedAt != null && acknowledgedAt != null
                && !acknowledgedAt.isBefore(firedAt);
    }

    /** Cuts a text to {@code max} characters, the last one an ellipsis when cut. */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
