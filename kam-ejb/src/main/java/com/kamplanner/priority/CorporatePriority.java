package com.kamplanner.priority;

import com.kamplanner.platform.FreeText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * One of the short list of corporate strategic priorities the executives keep for a period of years. Key account
 * strategies show their alignment with corporate strategy by linking their strategic objectives to these
 * ({@link PriorityLink}). A priority that has served its time is retired rather than deleted, so the links stay.
 */
@Entity
@Table(name = "corporate_priority")
public class CorporatePriority implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "corporate_priority_seq", sequenceName = "corporate_priority_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "corporate_priority_seq")
    private Long id;

    @NotBlank(message = "{priority.title.required}")
    @Size(max = 200, message = "{priority.title.size}")
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 2000, message = "{priority.description.size}")
    @Column(length = 2000)
    private String description;

    @NotNull(message = "{priority.year.required}")
    @Min(value = 2000, message = "{priority.year.range}")
    @Max(value = 2100, message = "{priority.year.range}")
    @Column(name = "from_year", nullable = false)
    private Integer fromYear;

    @NotNull(message = "{priority.year.required}")
    @Min(value = 2000, message = "{priority.year.range}")
    @Max(value = 2100, message = "{priority.year.range}")
    @Column(name = "to_year", nullable = false)
    private Integer toYear;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Version
    private long version;

    public CorporatePriority() {
    }

    public CorporatePriority(String title, Integer fromYear, Integer toYear) {
        this.title = title;
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    /** Copies what an executive edits; retiring and the creator are the service's. */
    void copyFrom(CorporatePriority edited) {
        title = edited.title == null ? null : edited.title.trim();
        description = FreeText.orNull(edited.description);
        fromYear = edited.fromYear;
        toYear = edited.toYear;
    }

    /** The period as people read it: {@code 2025–2027}, or one year. */
    public String getPeriod() {
        if (fromYear == null || toYear == null) {
            return "";
        }
        return fromYear.equals(toYear) ? String.valueOf(fromYear) : fromYear + "–" + toYear;
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

    public Integer getFromYear() {
        return fromYear;
    }

    public void setFromYear(Integer fromYear) {
        this.fromYear = fromYear;
    }

    public Integer getToYear() {
        return toYear;
    }

    public void setToYear(Integer toYear) {
        this.toYear = toYear;
    }

    public boolean isRetired() {
        return retired;
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public long getVersion() {
        return version;
    }
}
