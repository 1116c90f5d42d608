package com.kamplanner.situation;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of one section of an account's database, saved together under one version (the optimistic lock of
 * "save per section"), with who saved it last and when (for the stale flag).
 */
@Entity
@Table(name = "database_section")
public class DatabaseSection implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "database_section_seq", sequenceName = "database_section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "database_section_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "database_id")
    private KeyAccountDatabase database;

    @Column(name = "section_key", nullable = false, length = 40)
    private String key;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    // Read for every loaded parent in one statement, not one per parent (issue 17, statements per page).
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "database_value", joinColumns = @JoinColumn(name = "section_id"))
    @MapKeyColumn(name = "field_key", length = 40)
    @Column(name = "field_value", length = 100000)
    private Map<String, String> values = new HashMap<>();

    @Version
    private long version;

    protected DatabaseSection() {
    }

    DatabaseSection(KeyAccountDatabase database, String key) {
        this.database = database;
        this.key = key;
    }

    public Long getId() {
        return id;
    }

    public KeyAccountDatabase getDatabase() {
        return database;
    }

    public String getKey() {
        return key;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** A copy of the stored values by field key; blank fields are absent. */
    public Map<String, String> getValues() {
        return new HashMap<>(values);
    }

    public String value(String fieldKey) {
        return values.get(fieldKey);
    }

    void put(String fieldKey, String value) {
        if (value == null || value.isBlank()) {
            values.remove(fieldKey);
        } else {
            values.put(fieldKey, value);
        }
    }

    void touch(String by) {
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public long getVersion() {
        return version;
    }
}
