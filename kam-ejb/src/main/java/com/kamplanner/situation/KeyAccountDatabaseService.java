package com.kamplanner.situation;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.account.AccountRights;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.segmentation.SegmentSetting;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.template.DocumentKind;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.TemplateField;
import com.kamplanner.template.TemplateSection;
import com.kamplanner.template.TemplateService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Key Account Database of one account: reading it as the caller may see it, saving a section (validated,
 * sanitised, optimistic-locked, every changed field recorded in the history), the sections the KAM grants to
 * team members, moving to another template version, and what the strategy work cites from it. Every method
 * checks the caller's rights on the account here, not only in the pages.
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
public class KeyAccountDatabaseService {

    /** The grant key of the stakeholder map, which is granted like a template section. */
    public static final String STAKEHOLDER_MAP = "stakeholders";

    /** The grant key of the whitespace map ({@code com.kamplanner.whitespace}), granted like a section too. */
    public static final String WHITESPACE_MAP = "whitespace";

    public static final String NO_TEMPLATE = "situation.noTemplate";
    public static final String UNKNOWN_SECTION = "situation.unknownSection";
    public static final String NOT_ON_TEAM = "situation.grant.notOnTeam";
    public static final String WRONG_KIND = "situation.template.wrongKind";

    /** The fields of the account's database with a stored value, labelled by the database's own template. */
    private static final String CITABLE = "select ts.section_key, tf.field_key, dv.field_value, ts.label_en, "
            + "ts.label_fr, tf.label_en, tf.label_fr from ka_database kd "
            + "join template_section ts on ts.template_id = kd.template_id "
            + "join template_field tf on tf.section_id = ts.id "
            + "join database_section ds on ds.database_id = kd.id and ds.section_key = ts.section_key "
            + "join database_value dv on dv.section_id = ds.id and dv.field_key = tf.field_key "
            + "where kd.account_id = ?1 order by ts.position, tf.position";

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<SituationChanged> changed;

    @Inject
    AccountAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    TemplateService templates;

    /** The database as the caller may see it; someone else's account gives {@link AccessDeniedException}. */
    public DatabaseView open(long accountId) {
        Account account = access.readable(accountId);
        DatabaseRights rights = rights(account);
        KeyAccountDatabase database = find(accountId).orElse(null);
        DocumentTemplate template = database != null ? database.getTemplate() : activeTemplate(account);
        Map<String, Map<String, String>> values = values(database);
        Completeness completeness = Completeness.of(template, values, requirement(account));
        int reviewMonths = reviewMonths(account);
        List<SectionView> sections = new ArrayList<>();
        for (TemplateSection section : template.getSections()) {
            if (!rights.canSee(section.getKey())) {
                continue;
            }
            DatabaseSection stored = database == null ? null : database.findSection(section.getKey()).orElse(null);
            sections.add(new SectionView(section, stored, rights.canWrite(section.getKey()),
                    completeness.section(section.getKey()), stale(stored, reviewMonths)));
        }
        List<RemovedValue> removed = TemplateMigration.removedValues(template, values).stream()
                .filter(r -> rights.canSee(r.getSectionKey())).toList();
        return new DatabaseView(account, template, sections, completeness, removed, rights, reviewMonths);
    }

    /** The caller's rights on the account's database. */
    public DatabaseRights rights(long accountId) {
        return rights(access.readable(accountId));
    }

    /**
     * Saves one section. {@code loadedVersion} is the section's version the user loaded (-1 for a section never
     * saved); if someone saved it since, {@link StaleEditException}. Invalid values give
     * {@link InvalidSectionException} naming each field. Returns the section's new version.
     */
    public long saveSection(long accountId, String sectionKey, long loadedVersion, SectionInput input) {
        Account account = access.readable(accountId);
        DatabaseRights rights = rights(account);
        if (!rights.canWrite(sectionKey)) {
            throw new AccessDeniedException();
        }
        KeyAccountDatabase database = find(accountId).orElseGet(() -> {
            KeyAccountDatabase created = new KeyAccountDatabase(account, activeTemplate(account));
            em.persist(created);
            return created;
        });
        TemplateSection section = database.getTemplate().section(sectionKey)
                .orElseThrow(() -> new BusinessRuleException(UNKNOWN_SECTION, sectionKey));
        Map<String, String> normalized = FieldValues.normalize(section, input);
        boolean exists = database.findSection(sectionKey).isPresent();
        DatabaseSection stored = database.section(sectionKey);
        long current = exists ? stored.getVersion() : -1;
        OptimisticSave.expectVersion(current, loadedVersion);
        String me = access.callerName();
        int changes = 0;
        for (Map.Entry<String, String> entry : normalized.entrySet()) {
            String old = stored.value(entry.getKey());
            if (!Objects.equals(old, entry.getValue())) {
                em.persist(new SectionChange(accountId, sectionKey, entry.getKey(), me, old, entry.getValue()));
                stored.put(entry.getKey(), entry.getValue());
                changes++;
            }
        }
        if (changes > 0 || !exists) {
            stored.touch(me);
            audit.record(AuditAction.SITUATION_SAVE, "Account", accountId,
                    sectionKey + ": " + changes + " field(s) changed");
        }
        OptimisticSave.flush(em);
        if (changes > 0) {
            changed.fire(new SituationChanged(accountId));
        }
        return stored.getVersion();
    }

    /** One page of the changes of one section, newest first, paged in the database. */
    public List<SectionChange> history(long accountId, String sectionKey, int first, int max) {
        visibleSection(accountId, sectionKey);
        return em.createQuery("select c from SectionChange c where c.accountId = :account and c.sectionKey = :section "
                        + "order by c.changedAt desc, c.id desc", SectionChange.class)
                .setParameter("account", accountId).setParameter("section", sectionKey)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    public long historyCount(long accountId, String sectionKey) {
        visibleSection(accountId, sectionKey);
        return em.createQuery("select count(c) from SectionChange c where c.accountId = :account "
                        + "and c.sectionKey = :section", Long.class)
                .setParameter("account", accountId).setParameter("section", sectionKey).getSingleResult();
    }

    /**
     * The rows of the customer's strategic priorities (part 1 of the default template, table field
     * {@value DefaultDatabaseTemplate#STRATEGIC_PRIORITIES}, column {@value DefaultDatabaseTemplate#PRIORITY_COLUMN}),
     * in their order; empty when not filled or not visible to the caller.
     */
    public List<String> customerStrategicPriorities(long accountId) {
        Account account = access.readable(accountId);
        if (!rights(account).canSee(DefaultDatabaseTemplate.CUSTOMER)) {
            return List.of();
        }
        // The one field, in one statement: the database with its template would be seven (the plan reads this)
        Object stored = em.createNativeQuery("select dv.field_value from database_value dv "
                        + "join database_section ds on ds.id = dv.section_id join ka_database kd on kd.id = ds.database_id "
                        + "where kd.account_id = ?1 and ds.section_key = ?2 and dv.field_key = ?3")
                .setParameter(1, accountId).setParameter(2, DefaultDatabaseTemplate.CUSTOMER)
                .setParameter(3, DefaultDatabaseTemplate.STRATEGIC_PRIORITIES).getResultStream().findFirst().orElse(null);
        return TableRows.read((String) stored).stream().map(r -> r.get(DefaultDatabaseTemplate.PRIORITY_COLUMN))
                .filter(Objects::nonNull).toList();
    }

    /**
     * The filled fields the caller may see, in template order, for other documents to cite; each links back
     * through {@link CitableField#getUrl()} ({@code /situation/database.xhtml?account=ID#section-KEY}).
     */
    public List<CitableField> citableFields(long accountId) {
        Account account = access.readable(accountId);
        DatabaseRights rights = rights(account);
        // One statement: the stored values with their template's labels, in template order (issue 17). Opening the
        // whole database for this read it with its template, sections, fields, columns and settings: nine.
        List<CitableField> fields = new ArrayList<>();
        for (Object row : em.createNativeQuery(CITABLE).setParameter(1, accountId).getResultList()) {
            Object[] cells = (Object[]) row;
            String sectionKey = (String) cells[0];
            String value = (String) cells[2];
            if (value != null && !value.isBlank() && rights.canSee(sectionKey)) {
                fields.add(new CitableField(accountId, sectionKey, (String) cells[1], (String) cells[3],
                        (String) cells[4], (String) cells[5], (String) cells[6], value));
            }
        }
        return fields;
    }

    /** The contacts of the account's stakeholder map, by name; empty for external members without the grant. */
    public List<Stakeholder> stakeholders(long accountId) {
        Account account = access.readable(accountId);
        if (!rights(account).canSee(STAKEHOLDER_MAP)) {
            return List.of();
        }
        return em.createQuery("select s from Stakeholder s left join fetch s.reportsTo left join fetch "
                        + "s.relationshipOwner where s.account.id = :account order by s.name, s.id", Stakeholder.class)
                .setParameter("account", accountId).getResultList();
    }

    /** The grants of the account's database; the KAM's view. */
    public List<SectionGrant> grants(long accountId) {
        kamOf(accountId);
        return em.createQuery("select g from SectionGrant g join fetch g.member where g.account.id = :account "
                        + "order by g.sectionKey, g.member.displayName", SectionGrant.class)
                .setParameter("account", accountId).getResultList();
    }

    /** The members of the account's KA team, whom the KAM may grant sections to. */
    public List<AppUser> teamMembers(long accountId) {
        kamOf(accountId);
        return access.teamMembers(accountId);
    }

    /** The KAM grants a member of the account's KA team write access to a section (or the stakeholder map). */
    public SectionGrant grant(long accountId, String sectionKey, long userId) {
        Account account = kamOf(accountId);
        DocumentTemplate template = find(accountId).map(KeyAccountDatabase::getTemplate)
                .orElseGet(() -> activeTemplate(account));
        if (!STAKEHOLDER_MAP.equals(sectionKey) && !WHITESPACE_MAP.equals(sectionKey)
                && template.section(sectionKey).isEmpty()) {
            throw new BusinessRuleException(UNKNOWN_SECTION, sectionKey);
        }
        AppUser member = teamMembers(accountId).stream().filter(u -> u.getId() == userId).findFirst()
                .orElseThrow(() -> new BusinessRuleException(NOT_ON_TEAM));
        Optional<SectionGrant> existing = em.createQuery("select g from SectionGrant g where g.account.id = :account "
                        + "and g.sectionKey = :section and g.member.id = :user", SectionGrant.class)
                .setParameter("account", accountId).setParameter("section", sectionKey).setParameter("user", userId)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        SectionGrant grant = new SectionGrant(account, sectionKey, member, access.callerName());
        em.persist(grant);
        OptimisticSave.flush(em);
        access.forgetRights();
        audit.record(AuditAction.SITUATION_GRANT, "Account", accountId, sectionKey + " to " + member.getUsername());
        notifications.notify(new Occasion(NotificationKind.SECTION_GRANTED, accountId, sectionKey,
                sectionLabels(template, sectionKey, account.getName()), "situation/database.xhtml?account=" + accountId,
                null), null, member);
        return grant;
    }

    /** A granted section's notification arguments: the account, the section's label in English and in French. */
    private static List<String> sectionLabels(DocumentTemplate template, String sectionKey, String accountName) {
        if (STAKEHOLDER_MAP.equals(sectionKey)) {
            return List.of(accountName, "Stakeholder map", "Cartographie des acteurs");
        }
        return template.section(sectionKey).map(s -> List.of(accountName, s.getLabelEn(), s.getLabelFr()))
                .orElse(List.of(accountName, sectionKey, sectionKey));
    }

    public void revoke(long accountId, long grantId) {
        kamOf(accountId);
        SectionGrant grant = em.find(SectionGrant.class, grantId);
        if (grant == null) {
            throw new NotFoundException();
        }
        Long owner = em.createQuery("select g.account.id from SectionGrant g where g.id = :id", Long.class)
                .setParameter("id", grantId).getSingleResult();
        if (owner != accountId) {
            throw new AccessDeniedException();
        }
        em.remove(grant);
        access.forgetRights();
        audit.record(AuditAction.SITUATION_REVOKE, "Account", accountId, grant.getSectionKey() + " from "
                + grant.getMember().getUsername());
    }

    /**
     * Moves the account's database to another version of the Key Account Database template (the KAM, or the KA
     * Director). Values whose field still exists are kept as they are; the others stay stored and are returned.
     */
    public List<RemovedValue> moveToTemplate(long accountId, long templateId) {
        Account account = access.readable(accountId);
        AccountRights rights = access.rights(account);
        if (!rights.isKam() && !rights.isDirector()) {
            throw new AccessDeniedException();
        }
        DocumentTemplate target = em.find(DocumentTemplate.class, templateId);
        if (target == null) {
            throw new NotFoundException();
        }
        if (target.getKind() != DocumentKind.KEY_ACCOUNT_DATABASE || target.isDraft()) {
            throw new BusinessRuleException(WRONG_KIND);
        }
        KeyAccountDatabase database = find(accountId).orElseGet(() -> {
            KeyAccountDatabase created = new KeyAccountDatabase(account, target);
            em.persist(created);
            return created;
        });
        int from = database.getTemplate().getNumber();
        database.moveTo(target);
        OptimisticSave.flush(em);
        List<RemovedValue> removed = TemplateMigration.removedValues(target, values(database));
        audit.record(AuditAction.SITUATION_MOVE_TEMPLATE, "Account", accountId, "version " + from + " to "
                + target.getNumber() + ", " + removed.size() + " value(s) of removed fields kept aside");
        return removed;
    }

    // ---------------------------------------------------------------------------------------------------------

    DatabaseRights rights(Account account) {
        return DatabaseRights.of(access.rights(account));
    }

    /** The section, if it exists and the caller may see it. */
    void visibleSection(long accountId, String sectionKey) {
        Account account = access.readable(accountId);
        if (!rights(account).canSee(sectionKey)) {
            throw new AccessDeniedException();
        }
    }

    Account kamOf(long accountId) {
        Account account = access.readable(accountId);
        if (!rights(account).isKam()) {
            throw new AccessDeniedException();
        }
        return account;
    }

    Optional<KeyAccountDatabase> find(long accountId) {
        return em.createQuery("select d from KeyAccountDatabase d where d.account.id = :account",
                KeyAccountDatabase.class).setParameter("account", accountId).getResultStream().findFirst();
    }

    DocumentTemplate activeTemplate(Account account) {
        return templates.activeFor(DocumentKind.KEY_ACCOUNT_DATABASE, account.getSegment())
                .orElseThrow(() -> new BusinessRuleException(NO_TEMPLATE));
    }

    static Map<String, Map<String, String>> values(KeyAccountDatabase database) {
        Map<String, Map<String, String>> values = new HashMap<>();
        if (database != null) {
            for (DatabaseSection section : database.getSections()) {
                values.put(section.getKey(), section.getValues());
            }
        }
        return values;
    }

    DatabaseRequirement requirement(Account account) {
        return account.getSegment() == null ? null : em.find(DatabaseRequirement.class, account.getSegment());
    }

    int reviewMonths(Account account) {
        if (account.getSegment() == null) {
            return 0;
        }
        SegmentSetting setting = em.find(SegmentSetting.class, account.getSegment());
        return setting == null ? 0 : setting.getReviewFrequencyMonths();
    }

    static boolean stale(DatabaseSection stored, int reviewMonths) {
        if (stored == null || stored.getUpdatedAt() == null || reviewMonths <= 0) {
            return false;
        }
        Instant limit = java.time.LocalDate.now(ZoneOffset.UTC).minusMonths(reviewMonths)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        return stored.getUpdatedAt().isBefore(limit);
    }
}
