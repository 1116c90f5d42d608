package com.kamplanner.selection;

import com.kamplanner.account.Account;
import com.kamplanner.platform.FreeText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The level an account reached on one criterion, with who gave it, when, and why. The criterion tells the
 * criteria set it was made under; {@code latest} is false once a later version's copy of the criterion is scored.
 */
@Entity
@Table(name = "criterion_score")
public class Score implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "criterion_score_seq", sequenceName = "criterion_score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criterion_score_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "criterion_id")
    private Criterion criterion;

    @Min(value = 1, message = "{score.level.range}")
    @Max(value = 10, message = "{score.level.range}")
    @Column(name = "score_level", nullable = false)
    private int level;

    @Size(max = 1000, message = "{score.comment.size}")
    @Column(name = "score_comment", length = 1000)
    private String comment;

    @Column(name = "scored_by", nullable = false, length = 40)
    private String scoredBy;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @Column(nullable = false)
    private boolean latest = true;

    @Version
    private long version;

    protected Score() {
    }

    public Score(Account account, Criterion criterion) {
        this.account = account;
        this.criterion = criterion;
    }

    /** Records a new level; the previous one of this criterion is replaced. */
    public void record(int level, String comment, String scoredBy) {
        this.level = level;
        this.comment = FreeText.orNull(comment);
        this.scoredBy = scoredBy;
        this.scoredAt = Instant.now();
        this.latest = true;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public int getLevel() {
        return level;
    }

    public String getComment() {
        return comment;
    }

    public String getScoredBy() {
        return scoredBy;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public boolean isLatest() {
        return latest;
    }

    public long getVersion() {
        return version;
    }
}
