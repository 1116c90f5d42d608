package com.kamplanner.bestpractice;

import com.kamplanner.account.Account;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.Strategy;
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
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The KA Director's mark on one item: exactly one of the plan version, the strategy or the action programme,
 * after its {@link PracticeKind}, with the comment saying what to learn from it. The title is the item's name
 * when it was marked, so the library filters by text in the database.
 */
@Entity
@Table(name = "best_practice")
public class BestPractice implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "best_practice_seq", sequenceName = "best_practice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "best_practice_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PracticeKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_version_id")
    private PlanVersion planVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private ActionProgramme programme;

    @Column(nullable = false, length = 300)
    private String title;

    @NotBlank(message = "{practice.comment.required}")
    @Size(max = 2000, message = "{practice.comment.size}")
    @Column(name = "comment_text", nullable = false, length = 2000)
    private String comment;

    @Column(name = "marked_by", nullable = false, length = 40)
    private String markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Version
    private long version;

    protected BestPractice() {
    }

    private BestPractice(PracticeKind kind, Account account, String title, String comment, String markedBy,
                         Instant markedAt) {
        this.kind = kind;
        this.account = account;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.comment = comment;
        this.markedBy = markedBy;
        this.markedAt = markedAt;
    }

    /** A marking made without a caller, for seeding; users mark through the service, which checks the rules. */
    public static BestPractice of(PlanVersion version, String comment, String by, Instant at) {
        BestPractice p = new BestPractice(PracticeKind.PLAN_VERSION, version.getPlan().getAccount(),
                Titles.of(version), comment, by, at);
        p.planVersion = version;
        return p;
    }

    public static BestPractice of(Strategy strategy, String comment, String by, Instant at) {
        BestPractice p = new BestPractice(PracticeKind.STRATEGY, strategy.getAccount(), Titles.of(strategy), comment,
                by, at);
        p.strategy = strategy;
        return p;
    }

    public static BestPractice of(ActionProgramme programme, String comment, String by, Instant at) {
        BestPractice p = new BestPractice(PracticeKind.ACTION_PROGRAMME, programme.getStrategy().getAccount(),
                Titles.of(programme), comment, by, at);
        p.programme = programme;
        return p;
    }

    public Long getId() {
        return id;
    }

    public PracticeKind getKind() {
        return kind;
    }

    public Account getAccount() {
        return account;
    }

    public PlanVersion getPlanVersion() {
        return planVersion;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public ActionProgramme getProgramme() {
        return programme;
    }

    public String getTitle() {
        return title;
    }

    public String getComment() {
        return comment;
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    public long getVersion() {
        return version;
    }
}
