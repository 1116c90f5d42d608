package com.kamplanner.whitespace;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the page sends for one cell: the state and the fields of that state, with the cell's version as the user
 * loaded it (-1 for a cell never saved). Bean Validation checks the shapes; {@link WhitespaceRules} what the state
 * requires.
 */
public class CellInput implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private CellState state = CellState.UNKNOWN;

    @DecimalMin(value = "0", message = "{whitespace.value.positive}")
    @Digits(integer = 13, fraction = 2, message = "{whitespace.value.digits}")
    private BigDecimal value;

    @Size(max = 200)
    private String competitor;

    private OpportunityStage stage;
    private LocalDate expected;
    private Long objectiveId;
    private Long actionPlanId;
    private long loadedVersion = -1;

    /** The input that edits {@code cell} as it stands, or an empty one for a cell never saved. */
    public static CellInput of(WhitespaceCell cell) {
        CellInput input = new CellInput();
        if (cell != null) {
            input.state = cell.getState();
            input.value = cell.getValue();
            input.competitor = cell.getCompetitor();
            input.stage = cell.getStage();
            input.expected = cell.getExpected();
            input.objectiveId = cell.getObjectiveId();
            input.actionPlanId = cell.getActionPlanId();
            input.loadedVersion = cell.getVersion();
        }
        return input;
    }

    public CellState getState() {
        return state;
    }

    public void setState(CellState state) {
        this.state = state;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getCompetitor() {
        return competitor;
    }

    public void setCompetitor(String competitor) {
        this.competitor = competitor;
    }

    public OpportunityStage getStage() {
        return stage;
    }

    public void setStage(OpportunityStage stage) {
        this.stage = stage;
    }

    public LocalDate getExpected() {
        return expected;
    }

    public void setExpected(LocalDate expected) {
        this.expected = expected;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public void setObjectiveId(Long objectiveId) {
        this.objectiveId = objectiveId;
    }

    public Long getActionPlanId() {
        return actionPlanId;
    }

    public void setActionPlanId(Long actionPlanId) {
        this.actionPlanId = actionPlanId;
    }

    public long getLoadedVersion() {
        return loadedVersion;
    }

    public void setLoadedVersion(long loadedVersion) {
        this.loadedVersion = loadedVersion;
    }
}
