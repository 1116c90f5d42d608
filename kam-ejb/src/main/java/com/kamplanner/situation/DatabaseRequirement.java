package com.kamplanner.situation;

import com.kamplanner.selection.Quadrant;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The compliance the KA Director requires of the databases of one segment: a minimum overall completeness and
 * fields ({@code section.field}) that are mandatory in that segment on top of the template's mandatory fields.
 */
@Entity
@Table(name = "database_requirement")
public class DatabaseRequirement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Quadrant segment;

    @Min(value = 0, message = "{situation.requirement.range}")
    @Max(value = 100, message = "{situation.requirement.range}")
    @Column(name = "minimum_completeness", nullable = false)
    private int minimumCompleteness;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "database_required_field", joinColumns = @JoinColumn(name = "segment"))
    @Column(name = "field_key", length = 81)
    private Set<String> requiredFields = new HashSet<>();

    @Version
    private long version;

    protected DatabaseRequirement() {
    }

    public DatabaseRequirement(Quadrant segment) {
        this.segment = segment;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public int getMinimumCompleteness() {
        return minimumCompleteness;
    }

    public void setMinimumCompleteness(int minimumCompleteness) {
        this.minimumCompleteness = minimumCompleteness;
    }

    /** Keys of the form {@code sectionKey.fieldKey}. */
    public Set<String> getRequiredFields() {
        return new HashSet<>(requiredFields);
    }

    public void setRequiredFields(Set<String> keys) {
        this.requiredFields = new HashSet<>(keys);
    }

    public boolean requires(String sectionKey, String fieldKey) {
        return requiredFields.contains(sectionKey + "." + fieldKey);
    }

    public long getVersion() {
        return version;
    }
}
