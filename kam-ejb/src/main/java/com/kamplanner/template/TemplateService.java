package com.kamplanner.template;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.platform.VersionScope;
import com.kamplanner.platform.Versions;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The KA Director's side of templates: list the versions, copy one into a new draft, adapt the draft, activate it
 * for a segment or for all (which archives the version it replaces), archive it. Every account then reads the
 * active version for its segment.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class TemplateService {

    public static final String NOT_DRAFT = "template.notDraft";
    public static final String NOT_ACTIVE = "template.notActive";
    public static final String NAME_REQUIRED = "template.nameRequired";
    public static final String LABELS_REQUIRED = "template.labelsRequired";
    public static final String FIELD_INVALID = "template.fieldInvalid";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<DocumentTemplate> versions(DocumentKind kind) {
        return em.createQuery("select t from DocumentTemplate t where t.kind = :kind order by t.lifecycle.number desc",
                DocumentTemplate.class).setParameter("kind", kind).getResultList();
    }

    public DocumentTemplate find(long id) {
        DocumentTemplate template = em.find(DocumentTemplate.class, id);
        if (template == null) {
            throw new NotFoundException();
        }
        return template;
    }

    /** The active version for a segment: the segment's own, else the one for all segments. */
    @PermitAll
    public Optional<DocumentTemplate> activeFor(DocumentKind kind, Quadrant segment) {
        List<DocumentTemplate> active = versions().withStatus(DocumentTemplate.class, ofKind(kind),
                LifecycleStatus.ACTIVE);
        return active.stream().filter(t -> segment != null && segment == t.getSegment()).findFirst()
                .or(() -> active.stream().filter(t -> t.getSegment() == null).findFirst())
                .or(() -> active.stream().findFirst());
    }

    /** A new draft copied from a version, numbered after the highest. */
    public DocumentTemplate newDraft(long fromId, String name) {
        DocumentTemplate from = find(fromId);
        int number = nextNumber(from.getKind());
        DocumentTemplate draft = from.copyAsDraft(number, name == null || name.isBlank() ? from.getName() : name);
        em.persist(draft);
        audit.record(AuditAction.TEMPLATE_DRAFT, "DocumentTemplate", draft.getId(),
                "copied from version " + from.getNumber());
        return draft;
    }

    /**
     * Applies the KA Director's changes to a draft: name, segment, labels, mandatory flags, removed and added
     * fields. Refused on a version that is not a draft, or that someone saved since {@code loadedVersion}.
     */
    public DocumentTemplate saveDraft(long id, long loadedVersion, DraftEdit edit) {
        DocumentTemplate template = find(id);
        template.getLifecycle().requireDraft(NOT_DRAFT);
        OptimisticSave.expectVersion(template.getVersion(), loadedVersion);
        if (edit.getName() == null || edit.getName().isBlank()) {
            throw new BusinessRuleException(NAME_REQUIRED);
        }
        template.setName(edit.getName().trim());
        template.setSegment(edit.getSegment());
        for (DraftEdit.FieldEdit field : edit.getFields()) {
            TemplateSection section = template.section(field.getSectionKey())
                    .orElseThrow(() -> new BusinessRuleException(FIELD_INVALID, field.getSectionKey()));
            if (blank(field.getLabelEn()) || blank(field.getLabelFr())) {
                throw new BusinessRuleException(LABELS_REQUIRED, field.getFieldKey());
            }
            if (field.isAdded()) {
                if (field.isRemoved()) {
                    continue;
                }
                if (field.getFieldKey() == null || !field.getFieldKey().matches("[a-z][A-Za-z0-9]{1,39}")
                        || field.getType() == null || field.getType() == FieldType.TABLE
                        || field.getType() == FieldType.CHOICE || section.field(field.getFieldKey()).isPresent()) {
                    throw new BusinessRuleException(FIELD_INVALID, field.getFieldKey());
                }
                section.add(new TemplateField(field.getFieldKey(), field.getType(), field.isMandatory(),
                        field.getLabelEn().trim(), field.getLabelFr().trim()));
            } else if (field.isRemoved()) {
                section.remove(field.getFieldKey());
            } else {
                TemplateField existing = section.field(field.getFieldKey())
                        .orElseThrow(() -> new BusinessRuleException(FIELD_INVALID, field.getFieldKey()));
                existing.setLabelEn(field.getLabelEn().trim());
                existing.setLabelFr(field.getLabelFr().trim());
                existing.setMandatory(field.isMandatory());
            }
        }
        em.lock(template, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        OptimisticSave.flush(em);
        audit.record(AuditAction.TEMPLATE_SAVE_DRAFT, "DocumentTemplate", template.getId(), template.getName());
        return template;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Activates a draft for its segment (or all) and archives the version it replaces. */
    public DocumentTemplate activate(long id, long loadedVersion) {
        DocumentTemplate template = find(id);
        OptimisticSave.expectVersion(template.getVersion(), loadedVersion);
        return activate(template, AuditAction.TEMPLATE_ACTIVATE,
                template.getSegment() == null ? "all segments" : template.getSegment().name());
    }

    public DocumentTemplate archive(long id, long loadedVersion) {
        DocumentTemplate template = find(id);
        OptimisticSave.expectVersion(template.getVersion(), loadedVersion);
        template.getLifecycle().requireActive(NOT_ACTIVE);
        template.archive();
        em.flush();
        audit.record(AuditAction.TEMPLATE_ARCHIVE, "DocumentTemplate", template.getId(), null);
        return template;
    }

    /** The number the next version of a kind of document gets. */
    @PermitAll
    public int nextNumber(DocumentKind kind) {
        return versions().nextNumber(DocumentTemplate.class, ofKind(kind));
    }

    /** Puts a new or draft template in force for its kind and segment, archiving the one it replaces. */
    public DocumentTemplate activate(DocumentTemplate draft, AuditAction action, String detail) {
        return versions().activate(DocumentTemplate.class, draft,
                ofKind(draft.getKind()).and("segment", draft.getSegment()), action, () -> detail);
    }

    private static VersionScope ofKind(DocumentKind kind) {
        return VersionScope.all().and("kind", kind);
    }

    private Versions versions() {
        return new Versions(em, audit::record);
    }
}
