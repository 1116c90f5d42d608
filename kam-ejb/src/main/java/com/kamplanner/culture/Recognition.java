package com.kamplanner.culture;

import com.kamplanner.account.Account;
import com.kamplanner.account.RelationshipStage;
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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The executive's or the KA Director's recognition of a KA team for one {@link Achievement} its account's records
 * prove. An explicit publication, like a best practice: it keeps, frozen when published, only what the published
 * line shows (the team's names and the achievement), so that reading it reads nothing else of the account. At
 * most one recognition per piece of evidence.
 */
@Entity
@Table(name = "recognition")
public class Recognition implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "recognition_seq", sequenceName = "recognition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recognition_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    /** The account's KAM when the team was recognised: the recognition is on their competency profile. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "kam_id")
    private AppUser kam;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AchievementKind achievement;

    @Column(name = "evidence_id", nullable = false)
    private long evidenceId;

    @Column(name = "objective_title", length = 300)
    private String objectiveTitle;

    @Column(name = "plan_version")
    private Integer planVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_from", length = 20)
    private RelationshipStage stageFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_to", length = 20)
    private RelationshipStage stageTo;

    @Column(name = "contingency_trigger", length = 1000)
    private String contingencyTrigger;

    @Column(name = "achieved_on", nullable = false)
    private LocalDate achievedOn;

    @Column(name = "team_names", nullable = false, length = CultureRules.TEAM_MAX)
    private String teamNames;

    @Size(max = CultureRules.CITATION_MAX, message = "{culture.citation.size}")
    @Column(length = CultureRules.CITATION_MAX)
    private String citation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recognised_by_id")
    private AppUser recognisedBy;

    @Column(name = "recognised_at", nullable = false)
    private Instant recognisedAt;

    @Version
    private long version;

    protected Recognition() {
    }

    Recognition(Achievement achievement, Account account, String teamNames, String citation, AppUser by,
                Instant at) {
        this.account = account;
        this.kam = account.getKam();
        this.achievement = achievement.kind();
        this.evidenceId = achievement.evidenceId();
        this.objectiveTitle = achievement.objectiveTitle();
        this.planVersion = achievement.planVersion();
        this.stageFrom = achievement.stageFrom();
        this.stageTo = achievement.stageTo();
        this.contingencyTrigger = achievement.contingencyTrigger();
        this.achievedOn = achievement.achievedOn();
        this.teamNames = CultureRules.cut(teamNames, CultureRules.TEAM_MAX);
        this.citation = citation;
        this.recognisedBy = by;
        this.recognisedAt = at;
    }

    /** A recognition made without a signed-in caller (the demo company); users recognise through the service. */
    public static Recognition seeded(Achievement achievement, Account account, String teamNames, String citation,
                                     AppUser by, Instant at) {
        return new Recognition(achievement, account, teamNames, CultureRules.checkCitation(citation), by, at);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public AppUser getKam() {
        return kam;
    }

    public AchievementKind getAchievement() {
        return achievement;
    }

    public long getEvidenceId() {
        return evidenceId;
    }

    public String getTeamNames() {
        return teamNames;
    }

    public String getCitation() {
        return citation;
    }

    public Instant getRecognisedAt() {
        return recognisedAt;
    }

    public long getVersion() {
        return version;
    }
}
