package com.kamplanner.web.situation;

import com.kamplanner.people.AppUser;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.SectionGrant;
import com.kamplanner.situation.SectionView;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs the KAM's panel of {@code situation/database.xhtml} that grants members of the KA team write access to a
 * section (or to the stakeholder map) and revokes it. Only the account's KAM sees it; the service checks again.
 */
@Named
@ViewScoped
public class SectionGrantsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KeyAccountDatabaseService databases;

    @Inject
    DatabasePage page;

    @Inject
    PageMessages messages;

    private boolean kam;
    private List<SectionGrant> grants = List.of();
    private List<AppUser> team = List.of();
    private String section;
    private Long member;

    public void load() {
        kam = page.getView().getRights().isKam();
        if (kam) {
            grants = databases.grants(page.getAccount());
            team = databases.teamMembers(page.getAccount());
        }
    }

    public void grant() {
        SectionGrant grant = databases.grant(page.getAccount(), section, member);
        messages.info("situation.grant.saved", grant.getMember().getDisplayName(), sectionLabel(section));
        section = null;
        member = null;
        load();
    }

    public void revoke(SectionGrant grant) {
        databases.revoke(page.getAccount(), grant.getId());
        messages.info("situation.grant.revoked", grant.getMember().getDisplayName(), sectionLabel(grant.getSectionKey()));
        load();
    }

    /** The sections of the template and the stakeholder map, as grantable choices. */
    public List<SelectItem> getSections() {
        List<SelectItem> items = new ArrayList<>();
        for (SectionView s : page.getView().getSections()) {
            items.add(new SelectItem(s.getKey(), s.getSection().label(page.locale())));
        }
        items.add(new SelectItem(KeyAccountDatabaseService.STAKEHOLDER_MAP, sectionLabel(
                KeyAccountDatabaseService.STAKEHOLDER_MAP)));
        items.add(new SelectItem(KeyAccountDatabaseService.WHITESPACE_MAP, sectionLabel(
                KeyAccountDatabaseService.WHITESPACE_MAP)));
        return items;
    }

    public String sectionLabel(String key) {
        if (KeyAccountDatabaseService.STAKEHOLDER_MAP.equals(key)) {
            return Bundle.text(page.locale(), "situation.stakeholders.title");
        }
        if (KeyAccountDatabaseService.WHITESPACE_MAP.equals(key)) {
            return Bundle.text(page.locale(), "whitespace.title");
        }
        return page.getView().getTemplate().section(key).map(s -> s.label(page.locale())).orElse(key);
    }

    public boolean isKam() {
        return kam;
    }

    public List<SectionGrant> getGrants() {
        return grants;
    }

    public List<AppUser> getTeam() {
        return team;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public Long getMember() {
        return member;
    }

    public void setMember(Long member) {
        this.member = member;
    }
}
