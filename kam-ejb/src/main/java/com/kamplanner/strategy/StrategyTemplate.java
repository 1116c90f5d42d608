package com.kamplanner.strategy;

import com.kamplanner.platform.Bilingual;
import com.kamplanner.platform.Lifecycle;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.Versioned;
import com.kamplanner.selection.Quadrant;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A version of the Strategy Formulation Process template, which the KA Director adapts and validates: the steps a
 * strategy must fill, the minimum content of each, the guidance shown at each step and the matrix tools offered at
 * the orientation step. It is the compliance level of the segment it is active for (or of all segments): a
 * strategy counts as compliant when {@link ComplianceCheck} finds no issue against it. Versions go draft → active
 * → archived through the one {@link Lifecycle}, as the Database and Plan templates do.
 */
@Entity
@Table(name = "strategy_template")
public class StrategyTemplate implements Serializable, Versioned {

    private static final long serialVersionUID = 1L;

    public static final String NOT_DRAFT = "strategyTemplate.notDraft";
    public static final int DEFAULT_HORIZON_YEARS = Objective.STRATEGIC_HORIZON_YEARS;
    public static final int MAX_POTENTIALS = 20;
    public static final int MAX_HORIZON_YEARS = 10;

    @Id
    @SequenceGenerator(name = "strategy_template_seq", sequenceName = "strategy_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategy_template_seq")
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Embedded
    @AttributeOverride(name = "number", column = @Column(name = "template_number", nullable = false))
    private Lifecycle lifecycle;

    /** The segment this version is for; null for all segments. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Quadrant segment;

    @Column(name = "min_potentials_per_kind", nullable = false)
    private int minPotentialsPerKind;

    @Column(name = "tows_per_pair_used", nullable = false)
    private boolean towsPerPairUsed;

    @Column(name = "indicators_required", nullable = false)
    private boolean indicatorsRequired = true;

    @Column(name = "strategic_traced", nullable = false)
    private boolean strategicTraced = true;

    @Column(name = "programmes_both_kinds", nullable = false)
    private boolean programmesBothKinds = true;

    @Column(name = "plans_serve_objective", nullable = false)
    private boolean plansServeObjective = true;

    /** Whether strategic objectives must target within the horizon (checked at save and for compliance). */
    @Column(name = "horizon_checked", nullable = false)
    private boolean horizonChecked;

    @Column(name = "horizon_years", nullable = false)
    private int horizonYears = DEFAULT_HORIZON_YEARS;

    @Column(name = "matrix_tools", nullable = false, length = 100)
    private String matrixTools = "SELECTION_MATRIX,TOWS";

    // Read for every loaded template in one statement (issue 17, statements per page).
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "strategy_template_step", joinColumns = @JoinColumn(name = "template_id"))
    private List<StepRule> steps = new ArrayList<>();

    @Version
    private long version;

    protected StrategyTemplate() {
    }

    /** A new draft that asks what the method asked before templates: every step filled, today's five checks. */
    public StrategyTemplate(int number, String name) {
        this.lifecycle = new Lifecycle(number);
        this.name = name;
        for (StrategyStep step : StrategyStep.values()) {
            steps.add(new StepRule(step, true, null, null));
        }
    }

    /**
     * The rules in force where no template is stored: the same as the first version V33 creates, so a strategy
     * read outside a server (or before the migration) is measured as before.
     */
    public static StrategyTemplate method() {
        StrategyTemplate template = new StrategyTemplate(0, "Strategy Formulation Process");
        template.lifecycle.activate(NOT_DRAFT);
        return template;
    }

    /** A new draft shaped by {@code edit}, checked as the service checks a saved draft (for seeding and tests). */
    public static StrategyTemplate draft(int number, StrategyTemplateEdit edit) {
        StrategyTemplateService.check(edit);
        StrategyTemplate template = new StrategyTemplate(number, edit.getName());
        template.apply(edit);
        return template;
    }

    /** A new draft with the same rules and guidance, for the KA Director to adapt. */
    public StrategyTemplate copyAsDraft(int newNumber, String newName) {
        StrategyTemplate copy = new StrategyTemplate(newNumber, newName);
        copy.segment = segment;
        copy.minPotentialsPerKind = minPotentialsPerKind;
        copy.towsPerPairUsed = towsPerPairUsed;
        copy.indicatorsRequired = indicatorsRequired;
        copy.strategicTraced = strategicTraced;
        copy.programmesBothKinds = programmesBothKinds;
        copy.plansServeObjective = plansServeObjective;
        copy.horizonYears = horizonYears;
        copy.horizonChecked = horizonChecked;
        copy.matrixTools = matrixTools;
        copy.steps.clear();
        getSteps().forEach(s -> copy.steps.add(s.copy()));
        return copy;
    }

    /** The rule of every step, in the order of the guided path. */
    public List<StepRule> getSteps() {
        List<StepRule> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(StepRule::getStep));
        return ordered;
    }

    public Optional<StepRule> step(StrategyStep step) {
        return steps.stream().filter(s -> s.getStep() == step).findFirst();
    }

    /** True when the strategy must fill this step to be compliant. */
    public boolean requires(StrategyStep step) {
        return step(step).map(StepRule::isRequired).orElse(false);
    }

    /** The KA Director's guidance for a step in the reader's language, or null when none is written. */
    public String guidance(StrategyStep step, Locale locale) {
        return step(step).map(s -> Bilingual.pick(locale, s.getGuidanceEn(), s.getGuidanceFr()))
                .filter(text -> !text.isBlank()).orElse(null);
    }

    public Set<MatrixTool> getTools() {
        Set<MatrixTool> tools = EnumSet.of(MatrixTool.TOWS);
        Arrays.stream(matrixTools.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .map(MatrixTool::valueOf).forEach(tools::add);
        return tools;
    }

    public boolean offers(MatrixTool tool) {
        return getTools().contains(tool);
    }

    /** Changes applied by the service to a draft only; {@code edit} has been checked. */
    void apply(StrategyTemplateEdit edit) {
        name = edit.getName().trim();
        segment = edit.getSegment();
        minPotentialsPerKind = edit.getMinPotentialsPerKind();
        towsPerPairUsed = edit.isTowsPerPairUsed();
        indicatorsRequired = edit.isIndicatorsRequired();
        strategicTraced = edit.isStrategicTraced();
        programmesBothKinds = edit.isProgrammesBothKinds();
        plansServeObjective = edit.isPlansServeObjective();
        horizonYears = edit.getHorizonYears();
        horizonChecked = edit.isHorizonChecked();
        Set<MatrixTool> tools = EnumSet.of(MatrixTool.TOWS);
        tools.addAll(edit.getTools());
        matrixTools = tools.stream().map(Enum::name).collect(Collectors.joining(","));
        for (StrategyTemplateEdit.StepEdit stepEdit : edit.getSteps()) {
            StepRule rule = step(stepEdit.getStep()).orElseGet(() -> {
                StepRule added = new StepRule(stepEdit.getStep(), false, null, null);
                steps.add(added);
                return added;
            });
            rule.setRequired(stepEdit.isRequired());
            rule.setGuidanceEn(blankToNull(stepEdit.getGuidanceEn()));
            rule.setGuidanceFr(blankToNull(stepEdit.getGuidanceFr()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getNumber() {
        return lifecycle.getNumber();
    }

    public String getName() {
        return name;
    }

    public LifecycleStatus getStatus() {
        return lifecycle.getStatus();
    }

    public boolean isDraft() {
        return lifecycle.isDraft();
    }

    public Quadrant getSegment() {
        return segment;
    }

    void setSegment(Quadrant segment) {
        this.segment = segment;
    }

    public Instant getActivatedAt() {
        return lifecycle.getActivatedAt();
    }

    public int getMinPotentialsPerKind() {
        return minPotentialsPerKind;
    }

    public boolean isTowsPerPairUsed() {
        return towsPerPairUsed;
    }

    public boolean isIndicatorsRequired() {
        return indicatorsRequired;
    }

    public boolean isStrategicTraced() {
        return strategicTraced;
    }

    public boolean isProgrammesBothKinds() {
        return programmesBothKinds;
    }

    public boolean isPlansServeObjective() {
        return plansServeObjective;
    }

    public boolean isHorizonChecked() {
        return horizonChecked;
    }

    public int getHorizonYears() {
        return horizonYears;
    }

    @Override
    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    @Override
    public String notDraftKey() {
        return NOT_DRAFT;
    }

    public long getVersion() {
        return version;
    }
}
