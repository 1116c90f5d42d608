package com.kamplanner.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kamplanner.account.Account;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Evidence drift on strategies built in memory: what is flagged, with which values, and what clears a flag. */
class EvidenceDriftTest {

    private static final Instant CITED = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant REVIEWED = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-03-01T09:00:00Z");

    private Strategy strategy;
    private SituationPotential share;
    private SituationPotential capacity;
    private TowsOption option;
    private Objective objective;

    @BeforeEach
    void build() {
        strategy = new Strategy(new Account("Airbus Test", "Aerospace", "FR"));
        share = new SituationPotential(SituationPotential.Kind.OPPORTUNITY, "H160 ramp-up needs a second source");
        share.getCitations().add(Citation.ofField("competition", "ourShare", "Our share", "/db#competition", "19",
                CITED));
        share.getCitations().add(Citation.ofStakeholder(7L, "Anne Roux", "/db#stakeholders"));
        capacity = new SituationPotential(SituationPotential.Kind.STRENGTH, "Rotor know-how");
        capacity.getCitations().add(Citation.ofField("history", "summary", "History", "/db#history", null, CITED));
        strategy.getPotentials().addAll(List.of(share, capacity));
        option = new TowsOption(TowsOption.Type.SO, "Co-develop the H160 blades");
        option.getPotentials().addAll(List.of(capacity, share));
        strategy.getOptions().add(option);
        objective = new Objective(Objective.Level.STRATEGIC, "Become the second source");
        objective.getOptions().add(option);
        strategy.getObjectives().add(objective);
    }

    private static CitedEvidence now(String share, String summary, Instant saved) {
        Map<String, String> values = new java.util.HashMap<>();
        if (share != null) {
            values.put(CitedEvidence.key("competition", "ourShare"), share);
        }
        if (summary != null) {
            values.put(CitedEvidence.key("history", "summary"), summary);
        }
        return new CitedEvidence(values, Map.of("competition", saved, "history", saved));
    }

    private List<String> flagged(CitedEvidence evidence) {
        return StrategyRules.evidenceChanges(strategy, evidence).stream().map(f -> f.getItem() + ":" + f.getTitle())
                .toList();
    }

    @Test
    void nothingIsFlaggedWhileEveryCitedFieldHoldsItsBaseline() {
        assertEquals(List.of(), flagged(now("19", null, CHANGED)), "a field blank when cited and blank now");
        assertEquals(List.of(), ComplianceCheck.of(strategy, StrategyTemplate.method(), StrategyRules.evidenceChanges(strategy,
                now("19", null, CHANGED))).stream().filter(i -> i.getCheck() == ComplianceIssue.Check.EVIDENCE_CHANGED)
                .toList());
    }

    @Test
    void aChangedFieldFlagsThePotentialAndEverythingBuiltOnItWithOldAndNewValues() {
        List<EvidenceFlag> flags = StrategyRules.evidenceChanges(strategy, now("12", null, CHANGED));
        assertEquals(List.of("POTENTIAL:H160 ramp-up needs a second source", "OPTION:Co-develop the H160 blades",
                "OBJECTIVE:Become the second source"), flags.stream().map(f -> f.getItem() + ":" + f.getTitle())
                .toList());
        for (EvidenceFlag flag : flags) {
            assertEquals(1, flag.getChanges().size(), "the stakeholder citation is not a field: " + flag);
            EvidenceChange change = flag.getChanges().get(0);
            assertEquals("Our share", change.getLabel());
            assertEquals("19", change.getOldValue());
            assertEquals("12", change.getNewValue());
            assertEquals(CITED, change.getCitedAt());
        }
        List<ComplianceIssue> issues = ComplianceCheck.of(strategy, StrategyTemplate.method(), flags).stream()
                .filter(i -> i.getCheck() == ComplianceIssue.Check.EVIDENCE_CHANGED).toList();
        assertEquals(List.of(StrategyStep.POTENTIALS, StrategyStep.ORIENTATION, StrategyStep.OBJECTIVES),
                issues.stream().map(ComplianceIssue::getStep).toList());
    }

    @Test
    void aFieldEmptiedOrFilledSinceTheCitationIsAChangeToo() {
        List<EvidenceFlag> emptied = StrategyRules.evidenceChanges(strategy, now(null, null, CHANGED));
        assertEquals("POTENTIAL:H160 ramp-up needs a second source", emptied.get(0).getItem() + ":"
                + emptied.get(0).getTitle());
        assertNull(emptied.get(0).getChanges().get(0).getNewValue());

        List<EvidenceFlag> filled = StrategyRules.evidenceChanges(strategy, now("19", "Supplier since 1998",
                CHANGED));
        assertEquals(List.of("POTENTIAL:Rotor know-how", "OPTION:Co-develop the H160 blades",
                "OBJECTIVE:Become the second source"), filled.stream().map(f -> f.getItem() + ":" + f.getTitle())
                .toList());
        assertNull(filled.get(0).getChanges().get(0).getOldValue());
    }

    @Test
    void confirmingAPotentialTakesTheNewValueAsItsBaselineAndClearsWhatIsBuiltOnIt() {
        CitedEvidence changed = now("12", null, CHANGED);
        capacity.rebase(changed, CHANGED);
        share.rebase(changed, CHANGED);
        assertEquals(List.of(), flagged(changed));
        assertEquals("12", share.getCitations().get(0).getCitedValue());
        assertEquals(CHANGED, share.getCitations().get(0).getCitedAt());
        assertEquals("STAKEHOLDER:7", share.getCitations().get(1).getKey(), "other citations stay as they are");
        assertEquals(List.of("POTENTIAL:H160 ramp-up needs a second source", "OPTION:Co-develop the H160 blades",
                "OBJECTIVE:Become the second source"), flagged(now("15", null, CHANGED.plusSeconds(60))),
                "a later change flags again");
    }

    @Test
    void anOptionOrObjectiveConfirmedOrEditedAfterTheChangeIsNoLongerFlaggedButThePotentialStays() {
        option.reviewEvidence(CHANGED.plusSeconds(1));
        assertEquals(List.of("POTENTIAL:H160 ramp-up needs a second source", "OBJECTIVE:Become the second source"),
                flagged(now("12", null, CHANGED)));
        objective.reviewEvidence(CHANGED.plusSeconds(1));
        assertEquals(List.of("POTENTIAL:H160 ramp-up needs a second source"), flagged(now("12", null, CHANGED)));
        assertEquals(List.of("POTENTIAL:H160 ramp-up needs a second source", "OPTION:Co-develop the H160 blades",
                "OBJECTIVE:Become the second source"), flagged(now("11", null, CHANGED.plusSeconds(60))),
                "the section saved again after the review");
    }

    @Test
    void anOptionReviewedBeforeTheChangeIsFlagged() {
        option.reviewEvidence(REVIEWED);
        objective.reviewEvidence(REVIEWED);
        assertEquals(3, flagged(now("12", null, CHANGED)).size());
    }
}
