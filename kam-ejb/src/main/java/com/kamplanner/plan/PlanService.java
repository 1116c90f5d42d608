package com.kamplanner.plan;

import com.kamplanner.account.Account;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.FreeText;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.ProgrammeMetrics;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.segmentation.SegmentSetting;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.template.DocumentTemplate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an account's plan and moves its versions through the review: the KAM starts the plan, edits a working
 * (or returned) version, submits it when it complies with the plan template, and rolls the plan forward once a
 * version is approved; the KA Director returns a submitted version with comments or approves it. A version that
 * is submitted, approved or superseded can no longer change; every step names the version the user loaded, so a
 * change made by someone else since is refused with {@link StaleEditException}. Every step is audited.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class PlanService {

    public static final String EXISTS = "plan.exists";
    public static final String NOT_EDITABLE = "plan.version.notEditable";
    public static final String NOT_SUBMITTED = "plan.version.notSubmitted";
    public static final String BELOW_COMPLIANCE = "plan.submit.belowCompliance";
    public static final String COMMENT_REQUIRED = "plan.review.commentRequired";
    public static final String OPEN_VERSION = "plan.roll.openVersion";
    public static final String PERIOD_ORDER = "plan.period.order";
    public static final String SUMMARY_SIZE = "plan.summary.size";

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanAccess access;

    @Inject
    PlanTemplates templates;

    @Inject
    KeyAccountDatabaseService database;

    @Inject
    AuditTrail audit;

    @Inject
    ProgrammeMetrics metrics;

    @Inject
    Notifications notifications;

    // ---- reading ----

    /** The account's versions, newest first; empty when no plan was started. */
    public List<PlanVersion> versions(long accountId) {
        access.readable(accountId);
        return em.createNamedQuery(PlanVersion.OF_ACCOUNT, PlanVersion.class).setParameter("account", accountId)
                .getResultList();
    }

    /** The newest version, whatever its status. */
    public Optional<PlanVersion> current(long accountId) {
        return versions(accountId).stream().findFirst();
    }

    /** Version n of the account's plan, read on its own (not the whole list); {@link NotFoundException} if none. */
    public PlanVersion version(long accountId, int number) {
        access.readable(accountId);
        return em.createQuery("select v from PlanVersion v where v.plan.account.id = :account "
                + "and v.number = :number", PlanVersion.class).setParameter("account", accountId)
                .setParameter("number", number).getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    /** What version n says: its snapshot from its submission on, the live data before. */
    public PlanContent content(long accountId, int number) {
        return contentOf(access.readable(accountId), version(accountId, number));
    }

    /** The review history of every version of the account's plan, newest first. */
    public List<PlanEvent> history(long accountId) {
        access.readable(accountId);
        return em.createQuery("select e from PlanEvent e where e.planVersion.plan.account.id = :account "
                + "order by e.at desc, e.id desc", PlanEvent.class).setParameter("account", accountId).getResultList();
    }

    /** How far version n complies with the plan template, against the account's segment's required level. */
    public PlanCompliance compliance(long accountId, int number, Locale locale) {
        Account account = access.readable(accountId);
        return complianceOf(account, contentOf(account, version(accountId, number)), locale);
    }

    /** What version n says and, while it is editable, how far it complies: the plan assembled once for both. */
    public PlanReading reading(long accountId, int number, Locale locale) {
        Account account = access.readable(accountId);
        PlanVersion version = version(accountId, number);
        PlanContent content = contentOf(account, version);
        return new PlanReading(content,
                version.getStatus().isEditable() ? complianceOf(account, content, locale) : null);
    }

    public PlanComparison compare(long accountId, int older, int newer) {
        return PlanComparison.of(content(accountId, older), content(accountId, newer));
    }

    public boolean isKamOf(long accountId) {
        return access.isKamOf(access.readable(accountId));
    }

    // ---- the KAM ----

    /** Starts the account's plan with a working version 1 for the segment's review period from today. */
    public PlanVersion start(long accountId) {
        Account account = access.writable(accountId);
        if (!em.createQuery("select p.id from KeyAccountPlan p where p.account.id = :account", Long.class)
                .setParameter("account", accountId).getResultList().isEmpty()) {
            throw new BusinessRuleException(EXISTS);
        }
        KeyAccountPlan plan = new KeyAccountPlan(account);
        em.persist(plan);
        LocalDate start = LocalDate.now();
        PlanVersion version = new PlanVersion(plan, 1, start, start.plusMonths(reviewMonths(account)).minusDays(1),
                access.callerName());
        em.persist(version);
        OptimisticSave.flush(em);
        audit.record(AuditAction.PLAN_STARTED, "KeyAccountPlan", plan.getId(), account.getName());
        return version;
    }

    /** Saves the KAM's summary and the period of a working or returned version. */
    public PlanVersion saveWorking(long accountId, int number, long loadedVersion, String summary,
                                   LocalDate periodStart, LocalDate periodEnd) {
        access.writable(accountId);
        PlanVersion version = editable(accountId, number, loadedVersion);
        if (periodStart == null || periodEnd == null || !periodEnd.isAfter(periodStart)) {
            throw new BusinessRuleException(PERIOD_ORDER);
        }
        String text = FreeText.orNull(summary);
        if (text != null && text.length() > 4000) {
            throw new BusinessRuleException(SUMMARY_SIZE, 4000);
        }
        version.edit(text, periodStart, periodEnd);
        OptimisticSave.flush(em);
        audit.record(AuditAction.PLAN_SAVED, "PlanVersion", version.getId(), "v" + number);
        return version;
    }

    /**
     * Submits a working or returned version to the KA Director: refused, with the list of what is missing, below
     * the compliance level the segment requires. Its content is frozen as a snapshot from now on.
     */
    public PlanVersion submit(long accountId, int number, long loadedVersion, Locale locale) {
        Account account = access.writable(accountId);
        PlanVersion version = editable(accountId, number, loadedVersion);
        PlanContent content = contentOf(account, version);
        PlanCompliance compliance = complianceOf(account, content, locale);
        if (!compliance.isSubmittable()) {
            throw new BusinessRuleException(BELOW_COMPLIANCE, compliance.getPercent(), compliance.getMinimum(),
                    String.join("; ", compliance.getMissing()));
        }
        content.setStatus(VersionStatus.SUBMITTED.name());
        version.submit(PlanSnapshot.write(content));
        em.persist(new PlanEvent(version, PlanEvent.Kind.SUBMITTED, access.callerName(), null));
        OptimisticSave.flush(em);
        audit.record(AuditAction.PLAN_SUBMITTED, "PlanVersion", version.getId(), account.getName() + " v" + number);
        notifications.notify(Occasion.onAccount(NotificationKind.PLAN_SUBMITTED, accountId, url(accountId, number),
                account.getName(), String.valueOf(number), account.getKam() == null ? access.callerName()
                        : account.getKam().getDisplayName()), null, null);
        metrics.planSubmitted();
        return version;
    }

    /** Starts version n+1, working, for the next period; only once the newest version is approved. */
    public PlanVersion rollForward(long accountId) {
        Account account = access.writable(accountId);
        PlanVersion latest = current(accountId).orElseThrow(NotFoundException::new);
        if (latest.getStatus() != VersionStatus.APPROVED) {
            throw new BusinessRuleException(OPEN_VERSION, latest.getNumber());
        }
        LocalDate start = latest.getPeriodEnd().plusDays(1);
        PlanVersion next = new PlanVersion(latest.getPlan(), latest.getNumber() + 1, start,
                start.plusMonths(reviewMonths(account)).minusDays(1), access.callerName());
        next.edit(latest.getSummary(), start, start.plusMonths(reviewMonths(account)).minusDays(1));
        em.persist(next);
        OptimisticSave.flush(em);
        audit.record(AuditAction.PLAN_ROLLED_FORWARD, "PlanVersion", next.getId(),
                account.getName() + " v" + next.getNumber());
        return next;
    }

    // ---- the KA Director ----

    /** Returns a submitted version to the KAM with comments; the KAM fixes it and submits again. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public PlanVersion returnWithComments(long accountId, int number, long loadedVersion, String comments) {
        Account account = access.readable(accountId);
        PlanVersion version = submitted(accountId, number, loadedVersion);
        if (comments == null || comments.isBlank()) {
            throw new BusinessRuleException(COMMENT_REQUIRED);
        }
        version.returnToKam();
        em.persist(new PlanEvent(version, PlanEvent.Kind.RETURNED, access.callerName(), comments.strip()));
        OptimisticSave.flush(em);
        audit.record(AuditAction.PLAN_RETURNED, "PlanVersion", version.getId(), account.getName() + " v" + number + ": "
                + comments.strip());
        notifications.notify(Occasion.onAccount(NotificationKind.PLAN_RETURNED, accountId, url(accountId, number),
                account.getName(), String.valueOf(number), comments.strip()), null, null);
        return version;
    }

    /** Approves a submitted version as submitted; the version approved before it is superseded. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public PlanVersion approve(long accountId, int number, long loadedVersion, String comments) {
        Account account = access.readable(accountId);
        PlanVersion version = submitted(accountId, number, loadedVersion);
        for (PlanVersion other : versions(accountId)) {
            if (other.getStatus() == VersionStatus.APPROVED) {
                other.supersede();
                em.persist(new PlanEvent(other, PlanEvent.Kind.SUPERSEDED, access.callerName(), null));
            }
        }
        version.approve(access.callerName(), Instant.now());
        em.persist(new PlanEvent(version, PlanEvent.Kind.APPROVED, access.callerName(),
                FreeText.orNull(comments)));
        OptimisticSave.flush(em);
        audit.record(AuditAction.PLAN_APPROVED, "PlanVersion", version.getId(), account.getName() + " v" + number);
        notifications.notify(Occasion.onAccount(NotificationKind.PLAN_APPROVED, accountId, url(accountId, number),
                account.getName(), String.valueOf(number)), null, null);
        return version;
    }

    // ---- shared ----

    /** The page of a plan version, relative to the application root, as notifications link to it. */
    static String url(long accountId, int number) {
        return "plan/plan.xhtml?account=" + accountId + "&n=" + number;
    }

    PlanContent contentOf(Account account, PlanVersion version) {
        PlanContent content = version.getSnapshot() != null ? PlanSnapshot.read(version.getSnapshot())
                : new PlanAssembler(em).assemble(account, version, priorities(account), LocalDate.now());
        content.setStatus(version.getStatus().name());
        content.setApprovedBy(version.getApprovedBy());
        content.setApprovedAt(version.getApprovedAt());
        return content;
    }

    private PlanCompliance complianceOf(Account account, PlanContent content, Locale locale) {
        DocumentTemplate template = templates.active(account.getSegment());
        SegmentSetting setting = account.getSegment() == null ? null : em.find(SegmentSetting.class,
                account.getSegment());
        return PlanCompliance.of(template, content, templates.minimum(account.getSegment()),
                setting != null && setting.isSponsorRequired(), locale);
    }

    /** The customer's strategic priorities from the Key Account Database, as far as the caller may see them. */
    private List<String> priorities(Account account) {
        return database.customerStrategicPriorities(account.getId());
    }

    private int reviewMonths(Account account) {
        SegmentSetting setting = account.getSegment() == null ? null : em.find(SegmentSetting.class,
                account.getSegment());
        return setting == null ? ReviewCadence.DEFAULT_MONTHS : setting.getReviewFrequencyMonths();
    }

    private PlanVersion editable(long accountId, int number, long loadedVersion) {
        PlanVersion version = version(accountId, number);
        if (!version.getStatus().isEditable()) {
            throw new BusinessRuleException(NOT_EDITABLE, number, version.getStatus().name());
        }
        OptimisticSave.expectVersion(version.getVersion(), loadedVersion);
        return version;
    }

    private PlanVersion submitted(long accountId, int number, long loadedVersion) {
        PlanVersion version = version(accountId, number);
        if (version.getStatus() != VersionStatus.SUBMITTED) {
            throw new BusinessRuleException(NOT_SUBMITTED, number);
        }
        OptimisticSave.expectVersion(version.getVersion(), loadedVersion);
        return version;
    }

}
