package com.kamplanner.plan;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An action plan as the team page follows it: programme, owner, due date, status shown, progress, and rights. */
public class FollowUpRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long actionPlanId;
    private long actionPlanVersion;
    private String programme;
    private String title;
    private String kind;
    private String ownerName;
    private LocalDate dueDate;
    private FollowUpStatus status;
    private FollowUpStatus recorded;
    private int progress;
    private String lastComment;
    private String lastBy;
    private Instant lastAt;
    private boolean updatable;
    private Long accountId;
    private String accountName;

    public FollowUpRow(Long actionPlanId, long actionPlanVersion, String programme, String title, String kind,
                       String ownerName, LocalDate dueDate) {
        this.actionPlanId = actionPlanId;
        this.actionPlanVersion = actionPlanVersion;
        this.programme = programme;
        this.title = title;
        this.kind = kind;
        this.ownerName = ownerName;
        this.dueDate = dueDate;
    }

    void follow(FollowUpStatus recorded, FollowUpStatus status, int progress, ActionPlanUpdate last, boolean updatable) {
        this.recorded = recorded;
        this.status = status;
        this.progress = progress;
        this.updatable = updatable;
        if (last != null) {
            lastComment = last.getComment();
            lastBy = last.getAuthor();
            lastAt = last.getAt();
        }
    }

    /** For lists across accounts (the home page): the account the action plan belongs to. */
    void onAccount(long id, String name) {
        this.accountId = id;
        this.accountName = name;
    }

    /** The account, in lists across accounts; null in an account's own list. */
    public Long getAccountId() {
        return accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public Long getActionPlanId() {
        return actionPlanId;
    }

    public long getActionPlanVersion() {
        return actionPlanVersion;
    }

    public String getProgramme() {
        return programme;
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public FollowUpStatus getRecorded() {
        return recorded;
    }

    public int getProgress() {
        return progress;
    }

    public String getLastComment() {
        return lastComment;
    }

    public String getLastBy() {
        return lastBy;
    }

    public Instant getLastAt() {
        return lastAt;
    }

    public boolean isUpdatable() {
        return updatable;
    }
}
