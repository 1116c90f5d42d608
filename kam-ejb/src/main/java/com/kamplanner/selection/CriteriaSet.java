package com.kamplanner.selection;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.Lifecycle;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.Versioned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A version of the selection criteria the KA Director defines: weighted attractiveness and strength criteria.
 * Only a draft can change; one set is active at a time, and archived sets stay so that old scores keep the
 * version they were made under. The invariants (weights summing to 100 per group, every level described) are
 * checked here, without a container.
 */
@Entity
@Table(name = "criteria_set")
@NamedQuery(name = CriteriaSet.ALL, query = "select s from CriteriaSet s order by s.lifecycle.number desc")
@NamedQuery(name = CriteriaSet.BY_STATUS, query = "select s from CriteriaSet s where s.lifecycle.status = :status")
public class CriteriaSet implements Serializable, Versioned {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "CriteriaSet.all";
    public static final String BY_STATUS = "CriteriaSet.byStatus";

    /** What the weights of each group add up to. */
    public static final int WEIGHT_TOTAL = 100;

    @Id
    @SequenceGenerator(name = "criteria_set_seq", sequenceName = "criteria_set_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criteria_set_seq")
    private Long id;

    /** The version number people see: 1, 2, 3... */
    @NotBlank(message = "{criteriaSet.name.required}")
    @Size(max = 120, message = "{criteriaSet.name.size}")
    @Column(nullable = false, length = 120)
    private String name;

    @Embedded
    @AttributeOverride(name = "number", column = @Column(name = "set_number", nullable = false))
    private Lifecycle lifecycle;

    @Valid
    @OneToMany(mappedBy = "criteriaSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("group, position")
    private List<Criterion> criteria = new ArrayList<>();

    @Version
    private long version;

    protected CriteriaSet() {
    }

    public CriteriaSet(int number, String name) {
        this.lifecycle = new Lifecycle(number);
        this.name = name;
    }

    /** A new draft with the next number and a copy of every criterion of this set. */
    public CriteriaSet draftCopy(int nextNumber) {
        CriteriaSet draft = new CriteriaSet(nextNumber, name);
        for (Criterion criterion : criteria) {
            draft.add(criterion.copyForDraft());
        }
        return draft;
    }

    public void add(Criterion criterion) {
        criterion.setCriteriaSet(this);
        criterion.setPosition(criteria.stream().mapToInt(Criterion::getPosition).max().orElse(-1) + 1);
        criteria.add(criterion);
    }

    public void remove(Criterion criterion) {
        criteria.remove(criterion);
    }

    /** The criteria of one group, in their order. */
    public List<Criterion> criteriaOf(CriterionGroup group) {
        return criteria.stream().filter(c -> c.getGroup() == group).toList();
    }

    public int weightOf(CriterionGroup group) {
        return criteriaOf(group).stream().mapToInt(Criterion::getWeight).sum();
    }

    /**
     * Refuses a set that cannot be used for scoring: each group needs criteria whose weights add up to 100,
     * each weight between 1 and 100, and each criterion a descriptor for every level 1..10.
     */
    public void checkUsable() {
        for (CriterionGroup group : CriterionGroup.values()) {
            if (criteriaOf(group).isEmpty()) {
                throw new BusinessRuleException("criteria.group.empty." + group.name());
            }
            int total = weightOf(group);
            if (total != WEIGHT_TOTAL) {
                throw new BusinessRuleException("criteria.weights.sum." + group.name(), total);
            }
        }
        for (Criterion criterion : criteria) {
            if (criterion.getName() == null || criterion.getName().isBlank()) {
                throw new BusinessRuleException("criteria.name.required");
            }
            if (criterion.getWeight() < 1 || criterion.getWeight() > WEIGHT_TOTAL) {
                throw new BusinessRuleException("criteria.weight.range", criterion.getName());
            }
            for (int level = 1; level <= Criterion.LEVELS; level++) {
                if (criterion.descriptor(level).isBlank()) {
                    throw new BusinessRuleException("criteria.descriptor.missing", criterion.getName(), level);
                }
            }
        }
    }

    /** A criteria set goes into force only if it is usable for scoring. */
    @Override
    public void checkActivable() {
        checkUsable();
    }

    void activate() {
        lifecycle.activate(notDraftKey());
    }

    void archive() {
        lifecycle.archive();
    }

    public boolean isDraft() {
        return lifecycle.isDraft();
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

    public void setName(String name) {
        this.name = name;
    }

    public LifecycleStatus getStatus() {
        return lifecycle.getStatus();
    }

    public Instant getCreatedAt() {
        return lifecycle.getCreatedAt();
    }

    public Instant getActivatedAt() {
        return lifecycle.getActivatedAt();
    }

    public List<Criterion> getCriteria() {
        return criteria;
    }

    public int getAttractivenessWeight() {
        return weightOf(CriterionGroup.ATTRACTIVENESS);
    }

    public int getStrengthWeight() {
        return weightOf(CriterionGroup.STRENGTH);
    }

    @Override
    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    @Override
    public String notDraftKey() {
        return CriteriaSetService.NOT_A_DRAFT;
    }

    public long getVersion() {
        return version;
    }
}
