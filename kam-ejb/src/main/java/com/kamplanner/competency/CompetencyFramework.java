package com.kamplanner.competency;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of the competency framework. Like the selection criteria, versions go draft → active → archived;
 * campaigns point at the version they used, so old assessments stay readable after a new one is activated.
 */
@Entity
@Table(name = "competency_framework")
public class CompetencyFramework implements java.io.Serializable, Versioned {

    @Id
    @SequenceGenerator(name = "competency_framework_seq", sequenceName = "competency_framework_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_framework_seq")
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Embedded
    @AttributeOverride(name = "number", column = @Column(name = "framework_number", nullable = false))
    private Lifecycle lifecycle;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CompetencyArea> areas = new ArrayList<>();

    @Version
    private long version;

    protected CompetencyFramework() {
    }

    public CompetencyFramework(int number, String name) {
        this.lifecycle = new Lifecycle(number);
        this.name = name;
    }

    public CompetencyArea addArea(String code, String nameEn, String nameFr) {
        CompetencyArea area = new CompetencyArea(this, code, nameEn, nameFr, areas.size() + 1);
        areas.add(area);
        return area;
    }

    /** Every competency of the framework, area by area, in display order. */
    public List<Competency> competencies() {
        return areas.stream().flatMap(a -> a.getCompetencies().stream()).toList();
    }

    public Optional<Competency> competency(String code) {
        return competencies().stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    public Stream<String> codes() {
        return competencies().stream().map(Competency::getCode);
    }

    void activate() {
        lifecycle.activate(notDraftKey());
    }

    void archive() {
        lifecycle.archive();
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

    public Instant getCreatedAt() {
        return lifecycle.getCreatedAt();
    }

    public Instant getActivatedAt() {
        return lifecycle.getActivatedAt();
    }

    public List<CompetencyArea> getAreas() {
        return areas;
    }

    @Override
    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    @Override
    public String notDraftKey() {
        return FrameworkService.NOT_DRAFT;
    }

    public long getVersion() {
        return version;
    }
}
