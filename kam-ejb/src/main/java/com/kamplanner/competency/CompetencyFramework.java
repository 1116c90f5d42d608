package com.kamplanner.competency;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
public class CompetencyFramework {

    /** Lifecycle of a framework version; exactly one is active at a time. */
    public enum Status { DRAFT, ACTIVE, ARCHIVED }

    @Id
    @SequenceGenerator(name = "competency_framework_seq", sequenceName = "competency_framework_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_framework_seq")
    private Long id;

    @Column(name = "framework_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "activated_at")
    private Instant activatedAt;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CompetencyArea> areas = new ArrayList<>();

    @Version
    private long version;

    protected CompetencyFramework() {
    }

    public CompetencyFramework(int number, String name) {
        this.number = number;
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
        status = Status.ACTIVE;
        activatedAt = Instant.now();
    }

    void archive() {
        status = Status.ARCHIVED;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public List<CompetencyArea> getAreas() {
        return areas;
    }

    public long getVersion() {
        return version;
    }
}
