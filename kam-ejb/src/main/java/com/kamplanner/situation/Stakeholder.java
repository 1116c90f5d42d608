package com.kamplanner.situation;

import com.kamplanner.account.Account;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A contact of the account's buying centre on the stakeholder map: decision role, influence, attitude to us, whom
 * they report to (which gives the org chart), our relationship owner and the date we last met them.
 */
@Entity
@Table(name = "stakeholder")
public class Stakeholder implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "stakeholder_seq", sequenceName = "stakeholder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stakeholder_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @NotBlank(message = "{stakeholder.name.required}")
    @Size(max = 120, message = "{stakeholder.text.size}")
    @Column(nullable = false, length = 120)
    private String name;

    @Size(max = 120, message = "{stakeholder.text.size}")
    @Column(length = 120)
    private String title;

    @NotNull(message = "{stakeholder.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_role", nullable = false, length = 20)
    private DecisionRole decisionRole = DecisionRole.OTHER;

    @Min(value = 0, message = "{stakeholder.influence.range}")
    @Max(value = 10, message = "{stakeholder.influence.range}")
    @Column(nullable = false)
    private int influence;

    @NotNull(message = "{stakeholder.attitude.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Attitude attitude = Attitude.NEUTRAL;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reports_to_id")
    private Stakeholder reportsTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "relationship_owner_id")
    private AppUser relationshipOwner;

    @PastOrPresent(message = "{stakeholder.lastContact.future}")
    @Column(name = "last_contact")
    private LocalDate lastContact;

    @Version
    private long version;

    /** Mapped only so that queries can join a contact's relationships (the work list reads them in one statement). */
    @OneToMany(mappedBy = "stakeholder")
    private List<Relationship> relationships = new ArrayList<>();

    protected Stakeholder() {
    }

    public Stakeholder(Account account, String name) {
        this.account = account;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DecisionRole getDecisionRole() {
        return decisionRole;
    }

    public void setDecisionRole(DecisionRole decisionRole) {
        this.decisionRole = decisionRole;
    }

    public int getInfluence() {
        return influence;
    }

    public void setInfluence(int influence) {
        this.influence = influence;
    }

    public Attitude getAttitude() {
        return attitude;
    }

    public void setAttitude(Attitude attitude) {
        this.attitude = attitude;
    }

    public Stakeholder getReportsTo() {
        return reportsTo;
    }

    public void setReportsTo(Stakeholder reportsTo) {
        this.reportsTo = reportsTo;
    }

    public AppUser getRelationshipOwner() {
        return relationshipOwner;
    }

    public void setRelationshipOwner(AppUser relationshipOwner) {
        this.relationshipOwner = relationshipOwner;
    }

    public LocalDate getLastContact() {
        return lastContact;
    }

    public void setLastContact(LocalDate lastContact) {
        this.lastContact = lastContact;
    }

    public long getVersion() {
        return version;
    }

    /** An influential opponent: opposed to us and with influence of 7 or more. */
    public boolean isInfluentialOpponent() {
        return attitude == Attitude.OPPONENT && influence >= StakeholderFlags.INFLUENTIAL;
    }

    /** Not met for {@code months} months or more, or never met. */
    public boolean notMetFor(int months, LocalDate today) {
        return lastContact == null || !lastContact.isAfter(today.minusMonths(months));
    }
}
