package com.kamplanner.situation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the user typed for one contact of the stakeholder map; {@code id} is null for a new contact. Pages bind to
 * the setters; code and tests build one with the fluent methods ({@code new StakeholderInput().name("...")}).
 */
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

    public void setName(String name) {
        this.name = name;
    }

    public StakeholderInput name(String value) {
        this.name = value;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public StakeholderInput title(String value) {
        this.title = value;
        return this;
    }

    public DecisionRole getDecisionRole() {
        return decisionRole;
    }

    public void setDecisionRole(DecisionRole decisionRole) {
        this.decisionRole = decisionRole;
    }

    public StakeholderInput decisionRole(DecisionRole value) {
        this.decisionRole = value;
        return this;
    }

    public int getInfluence() {
        return influence;
    }

    public void setInfluence(int influence) {
        this.influence = influence;
    }

    public StakeholderInput influence(int value) {
        this.influence = value;
        return this;
    }

    public Attitude getAttitude() {
        return attitude;
    }

    public void setAttitude(Attitude attitude) {
        this.attitude = attitude;
    }

    public StakeholderInput attitude(Attitude value) {
        this.attitude = value;
        return this;
    }

    public Long getReportsToId() {
        return reportsToId;
    }

    public void setReportsToId(Long reportsToId) {
        this.reportsToId = reportsToId;
    }

    public StakeholderInput reportsToId(Long value) {
        this.reportsToId = value;
        return this;
    }

    public Long getRelationshipOwnerId() {
        return relationshipOwnerId;
    }

    public void setRelationshipOwnerId(Long relationshipOwnerId) {
        this.relationshipOwnerId = relationshipOwnerId;
    }

    public StakeholderInput relationshipOwnerId(Long value) {
        this.relationshipOwnerId = value;
        return this;
    }

    public LocalDate getLastContact() {
        return lastContact;
    }

    public void setLastContact(LocalDate lastContact) {
        this.lastContact = lastContact;
    }

    public StakeholderInput lastContact(LocalDate value) {
        this.lastContact = value;
        return this;
    }
}
