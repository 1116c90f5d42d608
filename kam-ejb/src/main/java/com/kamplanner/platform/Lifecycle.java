package com.kamplanner.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;

/**
 * The one draft → active → archived lifecycle of every versioned artefact, embedded in its entity: the version
 * number people see, the status and the dates, with the transitions allowed between the statuses. A version is
 * activated only from draft; it is archived from draft (set aside) or from active (replaced), never twice. The
 * number's column differs per table and is mapped with {@code @AttributeOverride}; the other columns are the same.
 */
@Embeddable
public class Lifecycle implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Refuses to archive a version that already is. */
    public static final String ALREADY_ARCHIVED = "lifecycle.alreadyArchived";

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private LifecycleStatus status = LifecycleStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "activated_at")
    private Instant activatedAt;

    protected Lifecycle() {
    }

    /** A new draft with the given version number. */
    public Lifecycle(int number) {
        this.number = number;
    }

    /** Refuses, with {@code notDraftKey} and the version number, unless this version is a draft. */
    public void requireDraft(String notDraftKey) {
        if (status != LifecycleStatus.DRAFT) {
            throw new BusinessRuleException(notDraftKey, number);
        }
    }

    /** Refuses, with {@code notActiveKey} and the version number, unless this version is active. */
    public void requireActive(String notActiveKey) {
        if (status != LifecycleStatus.ACTIVE) {
            throw new BusinessRuleException(notActiveKey, number);
        }
    }

    /** Puts a draft in force; {@code notDraftKey} refuses any other version. */
    public void activate(String notDraftKey) {
        requireDraft(notDraftKey);
        status = LifecycleStatus.ACTIVE;
        activatedAt = Instant.now();
    }

    /** Archives an active version (replaced) or a draft (set aside); an archived version stays as it is. */
    public void archive() {
        if (status == LifecycleStatus.ARCHIVED) {
            throw new BusinessRuleException(ALREADY_ARCHIVED, number);
        }
        status = LifecycleStatus.ARCHIVED;
    }

    public boolean isDraft() {
        return status == LifecycleStatus.DRAFT;
    }

    public boolean isActive() {
        return status == LifecycleStatus.ACTIVE;
    }

    public int getNumber() {
        return number;
    }

    public LifecycleStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }
}
