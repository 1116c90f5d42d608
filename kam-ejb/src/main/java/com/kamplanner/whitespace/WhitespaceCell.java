package com.kamplanner.whitespace;

import com.kamplanner.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One offering (by code) at one buying centre of a key account, with its own optimistic lock so that two people
 * editing different cells never collide. Changed only through {@link CellInput}, which {@link WhitespaceRules}
 * has checked.
 */
@Entity
@Table(name = "whitespace_cell")
@NamedQuery(name = WhitespaceCell.OF_ACCOUNT,
        query = "select c from WhitespaceCell c where c.account.id = :account")
public class WhitespaceCell implements Serializable, WhitespaceTotals.Entry {

    private static final long serialVersionUID = 1L;

    public static final String OF_ACCOUNT = "WhitespaceCell.ofAccount";

    @Id
    @SequenceGenerator(name = "whitespace_cell_seq", sequenceName = "whitespace_cell_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "whitespace_cell_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "buying_centre_id", nullable = false)
    private BuyingCentre buyingCentre;

    @Column(name = "offering_code", nullable = false, length = 20)
    private String offeringCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CellState state = CellState.UNKNOWN;

    @Column(name = "cell_value", precision = 15, scale = 2)
    private BigDecimal value;

    @Column(length = 200)
    private String competitor;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private OpportunityStage stage;

    @Column(name = "expected_on")
    private LocalDate expected;

    @Column(name = "objective_id")
    private Long objectiveId;

    @Column(name = "action_plan_id")
    private Long actionPlanId;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected WhitespaceCell() {
    }

    WhitespaceCell(Account account, BuyingCentre buyingCentre, String offeringCode) {
        this.account = account;
        this.buyingCentre = buyingCentre;
        this.offeringCode = offeringCode;
    }

    /** A cell as seeded data states it (the demo company), checked by the same rules as the service's saves. */
    public static WhitespaceCell seeded(Account account, BuyingCentre centre, String offeringCode, CellInput input,
                                        java.util.Collection<String> competitors, String by) {
        WhitespaceRules.check(input, competitors);
        WhitespaceCell cell = new WhitespaceCell(account, centre, offeringCode);
        cell.apply(input, by);
        return cell;
    }

    /** Takes the checked input; fields that do not belong to the new state are cleared. */
    void apply(CellInput input, String by) {
        state = input.getState();
        value = state.valued() ? input.getValue() : null;
        competitor = state == CellState.COMPETITOR ? input.getCompetitor() : null;
        boolean open = state == CellState.OPEN;
        stage = open ? input.getStage() : null;
        expected = open ? input.getExpected() : null;
        objectiveId = open ? input.getObjectiveId() : null;
        actionPlanId = open ? input.getActionPlanId() : null;
        updatedBy = by;
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return account.getId();
    }

    public BuyingCentre getBuyingCentre() {
        return buyingCentre;
    }

    public String getOfferingCode() {
        return offeringCode;
    }

    public CellState getState() {
        return state;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getCompetitor() {
        return competitor;
    }

    public OpportunityStage getStage() {
        return stage;
    }

    public LocalDate getExpected() {
        return expected;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public Long getActionPlanId() {
        return actionPlanId;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String offeringCode() {
        return offeringCode;
    }

    @Override
    public long buyingCentreId() {
        return buyingCentre.getId();
    }

    @Override
    public CellState state() {
        return state;
    }

    @Override
    public BigDecimal value() {
        return value;
    }
}
