package com.kamplanner.situation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the user typed for one relationship: which stakeholder, which of our people, how strong, when they last met.
 * {@code id} is null for a new one; {@code version} is the one loaded, for the optimistic lock.
 */
public class RelationshipInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotNull(message = "{relationship.stakeholder.required}")
    private Long stakeholderId;

    @NotNull(message = "{relationship.person.required}")
    private Long userId;

    @NotNull(message = "{relationship.strength.required}")
    private RelationshipStrength strength = RelationshipStrength.REGULAR;

    @PastOrPresent(message = "{stakeholder.lastContact.future}")
    private LocalDate lastContact;

    public static RelationshipInput of(Relationship r) {
        RelationshipInput input = new RelationshipInput();
        input.id = r.getId();
        input.version = r.getVersion();
        input.stakeholderId = r.getStakeholder().getId();
        input.userId = r.getPerson().getId();
        input.strength = r.getStrength();
        input.lastContact = r.getLastContact();
        return input;
    }

    /** A new relationship, for code and tests. */
    public static RelationshipInput of(long stakeholderId, long userId, RelationshipStrength strength,
                                       LocalDate lastContact) {
        RelationshipInput input = new RelationshipInput();
        input.stakeholderId = stakeholderId;
        input.userId = userId;
        input.strength = strength;
        input.lastContact = lastContact;
        return input;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getStakeholderId() {
        return stakeholderId;
    }

    public void setStakeholderId(Long stakeholderId) {
        this.stakeholderId = stakeholderId;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public RelationshipStrength getStrength() {
        return strength;
    }

    public void setStrength(RelationshipStrength strength) {
        this.strength = strength;
    }

    public LocalDate getLastContact() {
        return lastContact;
    }

    public void setLastContact(LocalDate lastContact) {
        this.lastContact = lastContact;
    }
}
