package com.kamplanner.situation;

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
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One of our people (the KAM, a team member, the executive sponsor) and a stakeholder of the account: how well they
 * know each other and when they last met. One per pair; the coverage view is the matrix of these.
 */
@Entity
@Table(name = "stakeholder_relationship")
public class Relationship implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "stakeholder_relationship_seq", sequenceName = "stakeholder_relationship_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stakeholder_relationship_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id")
    private Stakeholder stakeholder;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private AppUser person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RelationshipStrength strength = RelationshipStrength.NONE;

    @Column(name = "last_contact")
    private LocalDate lastContact;

    @Version
    private long version;

    protected Relationship() {
    }

    Relationship(Stakeholder stakeholder, AppUser person) {
        this.stakeholder = stakeholder;
        this.person = person;
    }

    /** A relationship as it stands, for seeders; pages and the API change one only through the service. */
    public Relationship(Stakeholder stakeholder, AppUser person, RelationshipStrength strength,
                        LocalDate lastContact) {
        this(stakeholder, person);
        this.strength = strength;
        this.lastContact = lastContact;
    }

    public Long getId() {
        return id;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public AppUser getPerson() {
        return person;
    }

    public RelationshipStrength getStrength() {
        return strength;
    }

    void setStrength(RelationshipStrength strength) {
        this.strength = strength;
    }

    public LocalDate getLastContact() {
        return lastContact;
    }

    void setLastContact(LocalDate lastContact) {
        this.lastContact = lastContact;
    }

    public long getVersion() {
        return version;
    }
}
