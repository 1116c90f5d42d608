package com.kamplanner.improvement;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.audit.ExportTrail;
import com.kamplanner.platform.Download;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.FreeText;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.StaleEditException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The KA Director's quarterly programme review: the figures this quarter against last, and the improvement
 * actions with their owners and status. Actions are listed a page at a time, sorted and filtered by the database.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class ProgrammeReviewService {

    public static final String OWNER_UNKNOWN = "improvement.owner.unknown";
    public static final String DUE_IN_PAST = "improvement.due.past";

    /** How many recorded quarters the trend shows. */
    public static final int TREND_QUARTERS = 8;

    /** More actions than a review could ever decide; the export stops there rather than exhaust the server. */
    static final int EXPORT_LIMIT = 10_000;

    private static final Logger LOG = Logger.getLogger(ProgrammeReviewService.class.getName());

    /** The sortable columns of the action list, by the names the page uses. */
    private static final Map<String, String> SORTS = Map.of("title", "a.title", "owner", "a.owner.displayName",
            "dueDate", "a.dueDate", "status", "a.status", "raisedIn", "a.raisedYear");

    @PersistenceContext
    EntityManager em;

    @Inject
    QuarterRecording recording;

    @Inject
    FigureCount count;

    @Inject
    AuditTrail audit;

    @Inject
    ExportTrail exports;

    @Inject
    com.kamplanner.culture.Recognitions recognitions;

    @Resource
    SessionContext context;

    /** Today's figures (recorded as this quarter's on the way), last quarter's, and the trend. */
    public QuarterReview review(LocalDate today) {
        Quarter quarter = Quarter.of(today);
        ProgrammeFigures current;
        try {
            current = recording.record(today);
        } catch (EJBException | StaleEditException e) {
            LOG.log(Level.FINE, "Figures recorded by someone else at the same moment; counting without keeping", e);
            current = count.on(today);
        }
        QuarterFigures previous = recording.find(quarter.previous());
        return new QuarterReview(quarter, current, previous == null ? null : previous.getFigures(),
                recording.history(quarter, TREND_QUARTERS));
    }

    /**
     * The review shown ({@code figures}) and every action, as the list shows them, as a workbook in the reader's
     * words; audited (who took the review away) and counted.
     */
    public Download export(QuarterReview figures, Function<String, String> text) {
        Quarter quarter = figures.quarter();
        ReviewWorkbook.Recognised recognised = new ReviewWorkbook.Recognised(
                recognitions.countBetween(figures.previousQuarter().start(), figures.previousQuarter().end()),
                recognitions.countBetween(quarter.start(), quarter.end()));
        byte[] bytes = ReviewWorkbook.xlsx(figures, recognised, actions(null, 0, EXPORT_LIMIT, null, true), text);
        return exports.exported(AuditAction.IMPROVEMENT_REVIEW_EXPORTED, "QuarterReview", quarter.label(), new Download(
                "programme-review-" + quarter.year() + "-q" + quarter.number() + ".xlsx", Download.XLSX, bytes), null);
    }

    public long countActions(ImprovementAction.Status status) {
        TypedQuery<Long> query = em.createQuery("select count(a) from ImprovementAction a" + where(status),
                Long.class);
        return filtered(query, status).getSingleResult();
    }

    /** One page of actions; open ones first by default, then by due date. */
    public List<ImprovementAction> actions(ImprovementAction.Status status, int first, int max, String sortField,
                                           boolean ascending) {
        String order = sortField != null && SORTS.containsKey(sortField)
                ? SORTS.get(sortField) + (ascending ? " asc" : " desc") + ", a.id"
                : "case when a.status in (com.kamplanner.improvement.ImprovementAction.Status.DONE,"
                + " com.kamplanner.improvement.ImprovementAction.Status.DROPPED) then 1 else 0 end, a.dueDate, a.id";
        TypedQuery<ImprovementAction> query = em.createQuery("select a from ImprovementAction a" + where(status)
                + " order by " + order, ImprovementAction.class);
        return filtered(query, status).setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static String where(ImprovementAction.Status status) {
        return status == null ? "" : " where a.status = :status";
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, ImprovementAction.Status status) {
        return status == null ? query : query.setParameter("status", status);
    }

    /** Who may own an improvement action: the programme's people (everyone enabled who is not external). */
    public List<AppUser> owners() {
        return em.createQuery("select u from AppUser u where u.enabled = true and u.external = false"
                + " order by u.displayName", AppUser.class).getResultList();
    }

    public ImprovementAction add(String title, String description, long ownerId, LocalDate dueDate,
                                 LocalDate today) {
        if (dueDate != null && dueDate.isBefore(today)) {
            throw new BusinessRuleException(DUE_IN_PAST);
        }
        ImprovementAction action = new ImprovementAction();
        fill(action, title, description, ownerId, dueDate);
        action.raisedIn(Quarter.of(today), caller());
        em.persist(action);
        OptimisticSave.flush(em);
        audit.record(AuditAction.IMPROVEMENT_ADDED, "ImprovementAction", action.getId(), action.getTitle());
        return action;
    }

    /** Saves the edited action if nobody changed it since {@code loadedVersion}. */
    public ImprovementAction update(long id, long loadedVersion, String title, String description, long ownerId,
                                    LocalDate dueDate, ImprovementAction.Status status) {
        ImprovementAction action = find(id, loadedVersion);
        ImprovementAction.Status before = action.getStatus();
        fill(action, title, description, ownerId, dueDate);
        action.setStatus(status == null ? before : status);
        action.touchedBy(caller());
        ImprovementAction saved = OptimisticSave.save(em, action);
        audit.record(AuditAction.IMPROVEMENT_UPDATED, "ImprovementAction", id,
                before == saved.getStatus() ? saved.getTitle() : before + " → " + saved.getStatus());
        return saved;
    }

    public void delete(long id, long loadedVersion) {
        ImprovementAction action = find(id, loadedVersion);
        em.remove(action);
        OptimisticSave.flush(em);
        audit.record(AuditAction.IMPROVEMENT_DELETED, "ImprovementAction", id, action.getTitle());
    }

    private ImprovementAction find(long id, long loadedVersion) {
        ImprovementAction action = em.find(ImprovementAction.class, id);
        if (action == null) {
            throw new NotFoundException();
        }
        OptimisticSave.expectVersion(action.getVersion(), loadedVersion);
        return action;
    }

    private void fill(ImprovementAction action, String title, String description, long ownerId, LocalDate due) {
        AppUser owner = em.find(AppUser.class, ownerId);
        if (owner == null || !owner.isEnabled() || owner.isExternal()) {
            throw new BusinessRuleException(OWNER_UNKNOWN);
        }
        action.setTitle(title == null ? null : title.strip());
        action.setDescription(FreeText.orNull(description));
        action.setOwner(owner);
        action.setDueDate(due);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
