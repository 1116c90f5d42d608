package com.kamplanner.health;

import com.kamplanner.account.RelationshipStage;
import com.kamplanner.selection.Quadrant;
import java.time.LocalDate;

/**
 * What is known about one key account for its health, as {@link HealthStatements} reads it for all accounts at
 * once: plain values, so that {@link HealthRules} turns them into component values without a database. A field
 * left at its default means "nothing recorded"; the rules decide what is unknown.
 */
public class HealthFacts {

    final long accountId;
    Quadrant segment;
    Long kamId;
    /** The plan's last approval, or its creation when never approved; null when the account has no plan. */
    LocalDate planBase;
    int reviewMonths;
    int documentsMet;
    int stakeholdersThatMatter;
    int stakeholdersCovered;
    int freshnessDays;
    int actionPlans;
    int actionPlansLate;
    /** Open action plans whose progress can be set against the time elapsed, and how far behind they are in sum. */
    int actionPlansMeasured;
    int pointsBehind;
    int objectivesMeasured;
    int objectivesOnTrack;
    boolean sponsorRequired;
    Integer sponsorMonths;
    boolean hasSponsor;
    LocalDate lastSponsorMeeting;
    RelationshipStage currentStage;
    RelationshipStage targetStage;

    public HealthFacts(long accountId) {
        this.accountId = accountId;
    }

    public long getAccountId() {
        return accountId;
    }

    public HealthFacts segment(Quadrant segment, int reviewMonths) {
        this.segment = segment;
        this.reviewMonths = reviewMonths;
        return this;
    }

    public HealthFacts planBase(LocalDate planBase) {
        this.planBase = planBase;
        return this;
    }

    public HealthFacts documentsMet(int documentsMet) {
        this.documentsMet = documentsMet;
        return this;
    }

    public HealthFacts stakeholders(int thatMatter, int covered, int freshnessDays) {
        this.stakeholdersThatMatter = thatMatter;
        this.stakeholdersCovered = covered;
        this.freshnessDays = freshnessDays;
        return this;
    }

    public HealthFacts actionPlans(int total, int late) {
        this.actionPlans = total;
        this.actionPlansLate = late;
        return this;
    }

    /** One open action plan's progress against the time elapsed between its start and due dates. */
    public HealthFacts progress(int progressPercent, LocalDate start, LocalDate due, LocalDate today) {
        if (start == null || due == null || !due.isAfter(start)) {
            return this;
        }
        long span = due.toEpochDay() - start.toEpochDay();
        long elapsed = Math.max(0, Math.min(span, today.toEpochDay() - start.toEpochDay()));
        int expected = (int) Math.round(100.0 * elapsed / span);
        actionPlansMeasured++;
        pointsBehind += Math.max(0, expected - progressPercent);
        return this;
    }

    public HealthFacts objectives(int measured, int onTrack) {
        this.objectivesMeasured = measured;
        this.objectivesOnTrack = onTrack;
        return this;
    }

    /** One strategic objective measured against its straight path: counted, and on track or not. */
    public HealthFacts objective(boolean onTrack) {
        objectivesMeasured++;
        objectivesOnTrack += onTrack ? 1 : 0;
        return this;
    }

    public HealthFacts sponsor(boolean required, Integer cadenceMonths, boolean hasSponsor, LocalDate lastMeeting) {
        this.sponsorRequired = required;
        this.sponsorMonths = cadenceMonths;
        this.hasSponsor = hasSponsor;
        this.lastSponsorMeeting = lastMeeting;
        return this;
    }

    public HealthFacts stages(RelationshipStage current, RelationshipStage target) {
        this.currentStage = current;
        this.targetStage = target;
        return this;
    }

    public HealthFacts kam(Long kamId) {
        this.kamId = kamId;
        return this;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public Long getKamId() {
        return kamId;
    }
}
