package com.kamplanner.competency;

import com.kamplanner.people.AppUser;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** An action of a KAM's development plan, aimed at one competency: HR and the KA Director manage it. */
@Entity
@Table(name = "development_action")
public class DevelopmentAction implements java.io.Serializable {

    /** The usual ways to close a competency gap. */
    public enum Kind { TRAINING, COACHING, STRETCH_ASSIGNMENT }

    /** Where the action stands. */
    public enum Status { PLANNED, IN_PROGRESS, DONE, CANCELLED }

    @Id
    @SequenceGenerator(name = "development_action_seq", sequenceName = "development_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "development_action_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "kam_id")
    private AppUser kam;

    @NotBlank
    @Column(name = "competency_code", nullable = false, length = 40)
    private String competencyCode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @NotBlank(message = "{competency.action.description.required}")
    @Size(max = 1000)
    @Column(nullable = false, length = 1000)
    private String description;

    @NotNull(message = "{competency.action.due.required}")
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.PLANNED;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected DevelopmentAction() {
    }

    public DevelopmentAction(AppUser kam, String competencyCode, Kind kind, String description, LocalDate dueDate,
                             String createdBy) {
        this.kam = kam;
        this.competencyCode = competencyCode;
        this.kind = kind;
        this.description = description;
        this.dueDate = dueDate;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public AppUser getKam() {
        return kam;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
