package com.kamplanner.whitespace;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.VersionScope;
import com.kamplanner.platform.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of our offerings: everyone who reads maps reads the active version; only the KA Director prepares
 * a draft (a copy of the active one), adds, renames or retires offerings in it, and puts it in force.
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
public class CatalogueService {

    public static final String NOT_A_DRAFT = "whitespace.catalogue.notDraft";
    public static final String DRAFT_EXISTS = "whitespace.catalogue.draftExists";
    public static final String EMPTY = "whitespace.catalogue.empty";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The catalogue in force, if the KA Director has activated one. */
    public Optional<OfferingCatalogue> active() {
        return versions().withStatus(OfferingCatalogue.class, VersionScope.all(), LifecycleStatus.ACTIVE).stream()
                .findFirst();
    }

    /** The active catalogue's offerings still sold, in order; none before a catalogue is in force. */
    public List<Offering> activeOfferings() {
        return active().map(OfferingCatalogue::activeOfferings).orElse(List.of());
    }

    /** Every version, newest first. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public List<OfferingCatalogue> all() {
        List<OfferingCatalogue> all = em.createQuery("select c from OfferingCatalogue c "
                + "order by c.lifecycle.number desc", OfferingCatalogue.class).getResultList();
        all.forEach(c -> c.getOfferings().size());
        return all;
    }

    /** A new draft copying the active catalogue (or empty); refused while a draft exists. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public OfferingCatalogue newDraft() {
        Versions versions = versions();
        versions.refuseSecondDraft(OfferingCatalogue.class, VersionScope.all(), DRAFT_EXISTS);
        OfferingCatalogue draft = OfferingCatalogue.draftFrom(
                versions.nextNumber(OfferingCatalogue.class, VersionScope.all()), active().orElse(null));
        em.persist(draft);
        OptimisticSave.flush(em);
        audit.record(AuditAction.WHITESPACE_CATALOGUE_DRAFT, "OfferingCatalogue", draft.getId(),
                "v" + draft.getNumber());
        return draft;
    }

    /** Adds the offering {@code code} to the draft, or renames and retires or restores it if the draft has it. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public OfferingCatalogue saveOffering(long draftId, String code, String nameEn, String nameFr, boolean active) {
        OfferingCatalogue draft = find(draftId);
        draft.getLifecycle().requireDraft(NOT_A_DRAFT);
        String normalized = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!normalized.matches("[A-Z0-9_-]{1,20}")) {
            throw new BusinessRuleException("whitespace.offering.code.pattern");
        }
        if (nameEn == null || nameEn.isBlank() || nameFr == null || nameFr.isBlank()) {
            throw new BusinessRuleException("whitespace.offering.name.required");
        }
        draft.offering(normalized).ifPresentOrElse(o -> o.rename(nameEn.trim(), nameFr.trim(), active),
                () -> draft.add(normalized, nameEn.trim(), nameFr.trim(), active));
        OptimisticSave.flush(em);
        audit.record(AuditAction.WHITESPACE_CATALOGUE_SAVE, "OfferingCatalogue", draftId,
                normalized + (active ? "" : " (retired)"));
        return draft;
    }

    /** Puts the draft in force and archives the catalogue it replaces. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public OfferingCatalogue activate(long draftId) {
        OfferingCatalogue draft = find(draftId);
        return versions().activate(OfferingCatalogue.class, draft, VersionScope.all(),
                AuditAction.WHITESPACE_CATALOGUE_ACTIVATE,
                () -> "v" + draft.getNumber() + ": " + draft.activeOfferings().size() + " offering(s)");
    }

    private OfferingCatalogue find(long id) {
        OfferingCatalogue catalogue = em.find(OfferingCatalogue.class, id);
        if (catalogue == null) {
            throw new NotFoundException();
        }
        return catalogue;
    }

    private Versions versions() {
        return new Versions(em, audit::record);
    }
}
