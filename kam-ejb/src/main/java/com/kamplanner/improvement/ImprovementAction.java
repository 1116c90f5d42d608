package com.kamplanner.improvement;

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

/** An improvement action decided in a quarterly programme review: what, who owns it, by when, and where it is. */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction implements java.io.Serializable {

    /** Where the action stands; done and dropped close it. */
    public enum Status {
        OPEN, IN_PROGRESS, DONE, DROPPED;

        public boolean isClosed() {
            return this == DONE || this == DROPPED;
        }
    }

    @Id
    @SequenceGenerator(name = "improvement_action_seq", sequenceName = "improvement_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_action_seq")
    private Long id;

    @NotBlank(message = "{improvement.title.required}")
    @Size(max = 300, message = "{improvement.title.size}")
    @Column(nullable = false, length = 300)
    private String title;

    @Size(max = 2000, message = "{improvement.description.size}")
    @Column(length = 2000)
    private String description;

    @NotNull(message = "{improvement.owner.required}")
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.OPEN;

    @Column(name = "raised_year", nullable = false)
    private int raisedYear;

    @Column(name = "raised_quarter", nullable = false)
    private int raisedQuarter;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_by", length = 40)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    public ImprovementAction() {
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public AppUser getOwner() {
        return owner;
    }

    public void setOwner(AppUser owner) {
        this.owner = owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Quarter getRaisedIn() {
        return raisedYear == 0 ? null : new Quarter(raisedYear, raisedQuarter);
    }

    void raisedIn(Quarter quarter, String by) {
        this.raisedYear = quarter.year();
        this.raisedQuarter = quarter.number();
        this.createdBy = by;
    }

    void touchedBy(String by) {
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
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

    public void setVersion(long version) {
        this.version = version;
    }

    /** Late when still open after its due date; computed, like every "late" in the product. */
    public boolean isLate(LocalDate today) {
        return !status.isClosed() && dueDate != null && today.isAfter(dueDate);
    }
}
