package com.kamplanner.strategy;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The strategy templates in force, one per segment that has its own and one for all others: the compliance level
 * each segment requires. It measures a strategy with the template of its account's segment, in Java
 * ({@link #check}) and in SQL ({@link #noIssueSql()}), so every page that counts compliant strategies counts them
 * the same way.
 */
public final class ComplianceRules implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StrategyTemplate forAll;
    private final Map<Quadrant, StrategyTemplate> bySegment;

    public ComplianceRules(StrategyTemplate forAll, Map<Quadrant, StrategyTemplate> bySegment) {
        this.forAll = forAll == null ? StrategyTemplate.method() : forAll;
        this.bySegment = new EnumMap<>(Quadrant.class);
        this.bySegment.putAll(bySegment);
    }

    /** From the active templates, as {@code TemplateService.activeFor} picks: the segment's own, else the general. */
    public static ComplianceRules of(List<StrategyTemplate> active) {
        StrategyTemplate general = active.stream().filter(t -> t.getSegment() == null).findFirst()
                .orElse(null);
        Map<Quadrant, StrategyTemplate> own = new EnumMap<>(Quadrant.class);
        active.stream().filter(t -> t.getSegment() != null).forEach(t -> own.putIfAbsent(t.getSegment(), t));
        return new ComplianceRules(general, own);
    }

    /** The template a strategy of an account in {@code segment} (null: none yet) is measured against. */
    public StrategyTemplate templateFor(Quadrant segment) {
        StrategyTemplate own = segment == null ? null : bySegment.get(segment);
        return own != null ? own : forAll;
    }

    public List<ComplianceIssue> check(Strategy strategy) {
        return check(strategy, List.of());
    }

    /** The issues against the segment's template, and one per open evidence drift flag. */
    public List<ComplianceIssue> check(Strategy strategy, List<EvidenceFlag> flags) {
        return ComplianceCheck.of(strategy, templateFor(strategy.getAccount() == null ? null
                : strategy.getAccount().getSegment()), flags);
    }

    /**
     * The condition that holds when the strategy {@code s} of the account {@code a} has no issue against its
     * segment's template; the SQL twin of {@link #check}.
     */
    public String noIssueSql() {
        if (bySegment.isEmpty()) {
            return ComplianceSql.noIssue(forAll);
        }
        List<String> branches = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (Map.Entry<Quadrant, StrategyTemplate> entry : bySegment.entrySet()) {
            own.add("'" + entry.getKey().name() + "'");
            branches.add("(a.segment = '" + entry.getKey().name() + "' and "
                    + ComplianceSql.noIssue(entry.getValue()) + ")");
        }
        branches.add("((a.segment is null or a.segment not in (" + String.join(", ", own) + ")) and "
                + ComplianceSql.noIssue(forAll) + ")");
        return "(" + String.join(" or ", branches) + ")";
    }
}
