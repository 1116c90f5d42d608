package com.kamplanner.situation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What the user typed for one contact of the stakeholder map; {@code id} is null for a new contact. */
public class StakeholderInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotBlank(message = "{stakeholder.name.required}")
    @Size(max = 120, message = "{stakeholder.text.size}")
    private String name;

    @Size(max = 120, message = "{stakeholder.text.size}")
    private String title;

    @NotNull(message = "{stakeholder.role.required}")
    private DecisionRole decisionRole = DecisionRole.OTHER;

    @Min(value = 0, message = "{stakeholder.influence.range}")
    @Max(value = 10, message = "{stakeholder.influence.range}")
    private int influence = 5;

    @NotNull(message = "{stakeholder.attitude.required}")
    private Attitude attitude = Attitude.NEUTRAL;

    private Long reportsToId;
    private Long relationshipOwnerId;

    @PastOrPresent(message = "{stakeholder.lastContact.future}")
    private LocalDate lastContact;

    public static StakeholderInput of(Stakeholder s) {
        StakeholderInput input = new StakeholderInput();
        input.id = s.getId();
        input.version = s.getVersion();
        input.name = s.getName();
        input.title = s.getTitle();
        input.decisionRole = s.getDecisionRole();
        input.influence = s.getInfluence();
        input.attitude = s.getAttitude();
        input.reportsToId = s.getReportsTo() == null ? null : s.getReportsTo().getId();
        input.relationshipOwnerId = s.getRelationshipOwner() == null ? null : s.getRelationshipOwner().getId();
        input.lastContact = s.getLastContact();
        return input;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public StakeholderInput setName(String name) {
        this.name = name;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public StakeholderInput setTitle(String title) {
        this.title = title;
        return this;
    }

    public DecisionRole getDecisionRole() {
        return decisionRole;
    }

    public StakeholderInput setDecisionRole(DecisionRole decisionRole) {
        this.decisionRole = decisionRole;
        return this;
    }

    public int getInfluence() {
        return influence;
    }

    public StakeholderInput setInfluence(int influence) {
        this.influence = influence;
        return this;
    }

    public Attitude getAttitude() {
        return attitude;
    }

    public StakeholderInput setAttitude(Attitude attitude) {
        this.attitude = attitude;
        return this;
    }

    public Long getReportsToId() {
        return reportsToId;
    }

    public StakeholderInput setReportsToId(Long reportsToId) {
        this.reportsToId = reportsToId;
        return this;
    }

    public Long getRelationshipOwnerId() {
        return relationshipOwnerId;
    }

    public StakeholderInput setRelationshipOwnerId(Long relationshipOwnerId) {
        this.relationshipOwnerId = relationshipOwnerId;
        return this;
    }

    public LocalDate getLastContact() {
        return lastContact;
    }

    public StakeholderInput setLastContact(LocalDate lastContact) {
        this.lastContact = lastContact;
        return this;
    }
}
