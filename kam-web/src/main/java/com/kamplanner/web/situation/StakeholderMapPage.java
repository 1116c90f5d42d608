package com.kamplanner.web.situation;

import com.kamplanner.people.AppUser;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.situation.StakeholderFlags;
import com.kamplanner.situation.StakeholderInput;
import com.kamplanner.situation.StakeholderService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultOrganigramNode;
import org.primefaces.model.OrganigramNode;

/**
 * Backs the stakeholder map of {@code situation/database.xhtml}: the contacts as an org chart (reports-to), the
 * flags for influential opponents and contacts not met for {@link StakeholderFlags#NOT_MET_MONTHS} months, and
 * the form that adds or edits a contact.
 */
@Named
@ViewScoped
public class StakeholderMapPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KeyAccountDatabaseService databases;

    @Inject
    StakeholderService stakeholders;

    @Inject
    DatabasePage page;

    @Inject
    PageMessages messages;

    @Inject
    RelationshipCoveragePage coverage;

    private List<Stakeholder> contacts = List.of();
    private OrganigramNode chart;
    private StakeholderInput form = new StakeholderInput();
    private List<AppUser> owners = List.of();
    private boolean writable;
    private boolean visible;

    public void load() {
        long account = page.getAccount();
        contacts = databases.stakeholders(account);
        visible = page.getView().getRights().canSee(KeyAccountDatabaseService.STAKEHOLDER_MAP);
        writable = page.getView().getRights().canWrite(KeyAccountDatabaseService.STAKEHOLDER_MAP);
        owners = writable ? stakeholders.possibleOwners(account) : List.of();
        chart = chart(page.getView().getAccount().getName(), contacts);
    }

    public void save() {
        Stakeholder saved = stakeholders.save(page.getAccount(), form);
        messages.info("stakeholder.saved", saved.getName());
        form = new StakeholderInput();
        load();
        coverage.load();
    }

    public void edit(Stakeholder contact) {
        form = StakeholderInput.of(contact);
    }

    public void clear() {
        form = new StakeholderInput();
    }

    public void remove(Stakeholder contact) {
        stakeholders.remove(page.getAccount(), contact.getId());
        messages.info("stakeholder.removed", contact.getName());
        load();
        coverage.load();
    }

    /** Flags of a contact for the page: influential opponent, not met recently. */
    public boolean influentialOpponent(Stakeholder contact) {
        return contact.isInfluentialOpponent();
    }

    public boolean notMetRecently(Stakeholder contact) {
        return contact.notMetFor(StakeholderFlags.NOT_MET_MONTHS, LocalDate.now());
    }

    static OrganigramNode chart(String accountName, List<Stakeholder> contacts) {
        DefaultOrganigramNode root = new DefaultOrganigramNode("account", accountName, null);
        root.setExpanded(true);
        root.setCollapsible(false);
        Map<Long, DefaultOrganigramNode> nodes = new HashMap<>();
        for (Stakeholder contact : contacts) {
            DefaultOrganigramNode node = new DefaultOrganigramNode("contact", contact, null);
            node.setExpanded(true);
            node.setRowKey(String.valueOf(contact.getId()));
            nodes.put(contact.getId(), node);
        }
        for (Stakeholder contact : contacts) {
            OrganigramNode parent = contact.getReportsTo() == null ? root
                    : nodes.getOrDefault(contact.getReportsTo().getId(), root);
            nodes.get(contact.getId()).setParent(parent); // also adds the node to the parent's children
        }
        return root;
    }

    public List<Stakeholder> getContacts() {
        return contacts;
    }

    public OrganigramNode getChart() {
        return chart;
    }

    public StakeholderInput getForm() {
        return form;
    }

    public List<AppUser> getOwners() {
        return owners;
    }

    public boolean isVisible() {
        return visible;
    }

    public boolean isWritable() {
        return writable;
    }

    public DecisionRole[] getRoles() {
        return DecisionRole.values();
    }

    public Attitude[] getAttitudes() {
        return Attitude.values();
    }

    public int getNotMetMonths() {
        return StakeholderFlags.NOT_MET_MONTHS;
    }

    public int getInfluential() {
        return StakeholderFlags.INFLUENTIAL;
    }
}
