package com.kamplanner.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One line of the audit trail. Never updated after it is written; the version is there for uniformity only. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.LATEST, query = "select a from AuditEntry a order by a.at desc, a.id desc")
@NamedQuery(name = AuditEntry.FOR_SUBJECT,
        query = "select a from AuditEntry a where a.subjectType = :type and a.subjectId = :id order by a.at desc, a.id desc")
public class AuditEntry implements java.io.Serializable {

    public static final String LATEST = "AuditEntry.latest";
    public static final String FOR_SUBJECT = "AuditEntry.forSubject";

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 40)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", length = 60)
    private String subjectId;

    @Column(length = 2000)
    private String detail;

    @Version
    private long version;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, String action, String subjectType, String subjectId, String detail) {
        this.at = Instant.now();
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
