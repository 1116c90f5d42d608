package com.kamplanner.web.situation;

import com.kamplanner.people.AppUser;
import com.kamplanner.situation.CoverageGap;
import com.kamplanner.situation.InfluenceKind;
import com.kamplanner.situation.InfluenceLine;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.Relationship;
import com.kamplanner.situation.RelationshipInput;
import com.kamplanner.situation.RelationshipMap;
import com.kamplanner.situation.RelationshipService;
import com.kamplanner.situation.RelationshipStrength;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs the relationship coverage of {@code situation/database.xhtml}: the matrix of stakeholders × our people, the
 * gaps, the form that sets one cell, the influence lines (also drawn on the org chart) and the attitude history.
 */
@Named
@ViewScoped
public class RelationshipCoveragePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RelationshipService relationships;

    @Inject
    DatabasePage page;

    @Inject
    PageMessages messages;

    private RelationshipMap map;
    private RelationshipInput form;
    private Long lineFrom;
    private Long lineTo;
    private InfluenceKind lineKind = InfluenceKind.INFLUENCES;

    public void load() {
        map = page.getView().getRights().canSee(KeyAccountDatabaseService.STAKEHOLDER_MAP)
                ? relationships.map(page.getAccount()) : null;
    }

    /** Opens the form on one cell of the matrix: the relationship there, or a new one for the pair. */
    public void open(Stakeholder stakeholder, AppUser person) {
        Relationship existing = map.cell(stakeholder.getId(), person.getId());
        form = existing != null ? RelationshipInput.of(existing)
                : RelationshipInput.of(stakeholder.getId(), person.getId(), RelationshipStrength.REGULAR, null);
    }

    public void save() {
        relationships.save(page.getAccount(), form);
        messages.info("relationship.saved", stakeholderName(form.getStakeholderId()), personName(form.getUserId()));
        form = null;
        load();
    }

    public void remove() {
        relationships.remove(page.getAccount(), form.getId());
        messages.info("relationship.removed", stakeholderName(form.getStakeholderId()), personName(form.getUserId()));
        form = null;
        load();
    }

    public void cancel() {
        form = null;
    }

    public void draw() {
        InfluenceLine line = relationships.draw(page.getAccount(), lineFrom, lineTo, lineKind);
        messages.info("influence.drawn", line.getFrom().getName(), line.getTo().getName());
        lineFrom = null;
        lineTo = null;
        load();
    }

    public void erase(InfluenceLine line) {
        relationships.erase(page.getAccount(), line.getId());
        messages.info("influence.erased", line.getFrom().getName(), line.getTo().getName());
        load();
    }

    /** A matrix cell's strength as a bundle suffix: the relationship's, or EMPTY where there is none. */
    public String strength(Stakeholder stakeholder, AppUser person) {
        Relationship cell = map.cell(stakeholder.getId(), person.getId());
        return cell == null ? "EMPTY" : cell.getStrength().name();
    }

    /**
     * What a writable cell reads: the strength, or "Add" where there is none. Its accessible name starts with it,
     * then names the stakeholder and the person, so that speech and sight agree.
     */
    public String cellLabel(Stakeholder stakeholder, AppUser person) {
        String strength = strength(stakeholder, person);
        return Bundle.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "EMPTY".equals(strength) ? "relationship.add" : "relationship.strength." + strength);
    }

    public LocalDate lastContact(Stakeholder stakeholder, AppUser person) {
        Relationship cell = map.cell(stakeholder.getId(), person.getId());
        return cell == null ? null : cell.getLastContact();
    }

    public List<CoverageGap> gaps(Stakeholder stakeholder) {
        return map == null ? List.of() : map.gapsOf(stakeholder.getId());
    }

    /** The influence lines leaving a contact, for its node of the org chart. */
    public List<InfluenceLine> linesFrom(Stakeholder stakeholder) {
        return map == null ? List.of() : map.linesFrom(stakeholder.getId());
    }

    /** How many stakeholders have a gap: the Database summary's completeness item. */
    public long getStakeholdersWithGaps() {
        return map == null ? 0 : map.getGaps().stream().map(CoverageGap::stakeholderId).distinct().count();
    }

    public String stakeholderName(Long id) {
        return map.getStakeholders().stream().filter(s -> s.getId().equals(id)).map(Stakeholder::getName)
                .findFirst().orElse("");
    }

    public String personName(Long id) {
        return map.getPeople().stream().filter(u -> u.getId().equals(id)).map(AppUser::getDisplayName)
                .findFirst().orElse("");
    }

    public RelationshipMap getMap() {
        return map;
    }

    public boolean isVisible() {
        return map != null;
    }

    public boolean isWritable() {
        return map != null && map.isWritable();
    }

    public RelationshipInput getForm() {
        return form;
    }

    public RelationshipStrength[] getStrengths() {
        return RelationshipStrength.values();
    }

    public InfluenceKind[] getKinds() {
        return InfluenceKind.values();
    }

    public Long getLineFrom() {
        return lineFrom;
    }

    public void setLineFrom(Long lineFrom) {
        this.lineFrom = lineFrom;
    }

    public Long getLineTo() {
        return lineTo;
    }

    public void setLineTo(Long lineTo) {
        this.lineTo = lineTo;
    }

    public InfluenceKind getLineKind() {
        return lineKind;
    }

    public void setLineKind(InfluenceKind lineKind) {
        this.lineKind = lineKind;
    }
}
