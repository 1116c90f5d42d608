package com.kamplanner.selection;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One weighted selection criterion of a criteria set, with a written descriptor for every level 1..10. A
 * criterion copied into a newer set keeps its {@link #lineage() lineage}, so that its latest score still counts
 * when the newer set is activated (only the weight changed, say) until someone scores it again.
 */
@Entity
@Table(name = "criterion")
public class Criterion implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Levels run from 1 to this. */
    public static final int LEVELS = 10;

    @Id
    @SequenceGenerator(name = "criterion_seq", sequenceName = "criterion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criterion_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criteria_set_id")
    private CriteriaSet criteriaSet;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "criterion_group", nullable = false, length = 20)
    private CriterionGroup group;

    @NotBlank(message = "{criterion.name.required}")
    @Size(max = 120, message = "{criterion.name.size}")
    @Column(nullable = false, length = 120)
    private String name;

    @Min(value = 1, message = "{criterion.weight.range}")
    @Max(value = 100, message = "{criterion.weight.range}")
    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private int position;

    /** The first criterion of the lineage; null on that first one. */
    @Column(name = "lineage_id")
    private Long lineageId;

    @Valid
    // Read for every loaded parent in one statement, not one per parent (issue 17, statements per page).
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "criterion_level", joinColumns = @JoinColumn(name = "criterion_id"))
    @OrderBy("scoreLevel")
    private List<LevelDescriptor> levels = new ArrayList<>();

    @Version
    private long version;

    protected Criterion() {
    }

    /** A new criterion with an empty descriptor slot for each level, to be written before the set is saved. */
    public Criterion(CriterionGroup group, String name, int weight) {
        this.group = group;
        this.name = name;
        this.weight = weight;
        for (int level = 1; level <= LEVELS; level++) {
            levels.add(new LevelDescriptor(level, ""));
        }
    }

    /** A copy for a new draft: same name, weight and descriptors, based on this one. */
    Criterion copyForDraft() {
        Criterion copy = new Criterion(group, name, weight);
        copy.lineageId = lineage();
        copy.levels = new ArrayList<>();
        for (LevelDescriptor level : levels) {
            copy.levels.add(new LevelDescriptor(level.getScoreLevel(), level.getDescriptor()));
        }
        return copy;
    }

    public Long getId() {
        return id;
    }

    public CriteriaSet getCriteriaSet() {
        return criteriaSet;
    }

    void setCriteriaSet(CriteriaSet criteriaSet) {
        this.criteriaSet = criteriaSet;
    }

    public CriterionGroup getGroup() {
        return group;
    }

    public void setGroup(CriterionGroup group) {
        this.group = group;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    /** The id shared by this criterion and every copy of it in later criteria sets. */
    public Long lineage() {
        return lineageId != null ? lineageId : id;
    }

    public List<LevelDescriptor> getLevels() {
        return levels;
    }

    /** The descriptor of a level, or an empty text when it is missing. */
    public String descriptor(int level) {
        return levels.stream().filter(l -> l.getScoreLevel() == level).map(LevelDescriptor::getDescriptor)
                .findFirst().orElse("");
    }

    public long getVersion() {
        return version;
    }
}
