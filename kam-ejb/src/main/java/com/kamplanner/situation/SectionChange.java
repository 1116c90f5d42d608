package com.kamplanner.situation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** One change of one field of an account's database: who, when, the old and the new value. Never edited. */
@Entity
@Table(name = "section_change")
public class SectionChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "section_change_seq", sequenceName = "section_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_change_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "section_key", nullable = false, length = 40)
    private String sectionKey;

    @Column(name = "field_key", nullable = false, length = 40)
    private String fieldKey;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.now();

    @Column(name = "old_value", length = 100000)
    private String oldValue;

    @Column(name = "new_value", length = 100000)
    private String newValue;

    @Version
    private long version;

    protected SectionChange() {
    }

    SectionChange(long accountId, String sectionKey, String fieldKey, String changedBy, String oldValue,
                  String newValue) {
        this.accountId = accountId;
        this.sectionKey = sectionKey;
        this.fieldKey = fieldKey;
        this.changedBy = changedBy;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
