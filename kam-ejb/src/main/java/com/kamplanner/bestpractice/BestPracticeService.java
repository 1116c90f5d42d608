package com.kamplanner.bestpractice;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.plan.ActionPlanItem;
import com.kamplanner.plan.ContingencyItem;
import com.kamplanner.plan.ObjectiveItem;
import com.kamplanner.plan.PlanContent;
import com.kamplanner.plan.PlanSnapshot;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.plan.ProgrammeItem;
import com.kamplanner.plan.VersionStatus;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.CitedEvidence;
import com.kamplanner.strategy.ComplianceRules;
import com.kamplanner.strategy.StrategyTemplates;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.Strategy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The best-practice library. The KA Director marks and unmarks eligible items ({@link LibraryRules}); the KA
 * Director and every KAM browse the library and read marked items. Reading goes through {@link #marked} alone:
 * an item is read through the library if and only if it is marked, whoever holds its account, and only that
 * item is read; {@code AccountAccess}, {@code PlanAccess} and {@code StrategyAccess} stay as strict as they are.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.KAM})
public class BestPracticeService {

    static final String SUBJECT = "BestPractice";

    private static final String SUMMARY = "select new com.kamplanner.bestpractice.PracticeSummary(b.id, b.kind, "
            + "a.name, a.segment, b.title, b.comment, b.markedBy, b.markedAt, b.version) "
            + "from BestPractice b join b.account a";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    StrategyTemplates templates;

    // ---- browsing ----

    /** One page of the library, newest marking first, filtered and paged in the database. */
    public List<PracticeSummary> page(LibraryQuery query) {
        TypedQuery<PracticeSummary> q = em.createQuery(SUMMARY + where(query) + " order by b.markedAt desc, b.id desc",
                PracticeSummary.class);
        return bind(q, query).setFirstResult(query.getFirst()).setMaxResults(query.getMax()).getResultList();
    }

    public long count(LibraryQuery query) {
        return bind(em.createQuery("select count(b) from BestPractice b join b.account a" + where(query), Long.class),
                query).getSingleResult();
    }

    /** A marked item by its marking's id; not found when there is no such marking. */
    public PracticeView open(long practiceId) {
        BestPractice marking = em.find(BestPractice.class, practiceId);
        return view(marked(marking));
    }

    /** A marked item by the item's own id; not found when the item is not marked (whether it exists or not). */
    public PracticeView openItem(PracticeKind kind, long itemId) {
        return view(marked(markingOf(kind, itemId)));
    }

    /**
     * THE cross-account read rule of the application: the caller may read the item if and only if it is marked
     * ({@link LibraryRules#mayRead}). An unmarked item is not found through the library, whoever asks.
     */
    BestPractice marked(BestPractice marking) {
        boolean director = context.isCallerInRole(Role.Names.KA_DIRECTOR);
        boolean kam = context.isCallerInRole(Role.Names.KAM);
        if (!director && !kam) {
            throw new AccessDeniedException();
        }
        if (!LibraryRules.mayRead(director, kam, marking != null)) {
            throw new NotFoundException();
        }
        return marking;
    }

    // ---- the KA Director ----

    /** The eligible items of a kind that are not marked yet, by account, for the marking form. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public List<Candidate> candidates(PracticeKind kind) {
        List<Candidate> candidates = new ArrayList<>();
        switch (kind) {
            case PLAN_VERSION -> {
                // Read as rows, not entities: the frozen snapshots stay in the database (LibraryRules.eligible).
                for (Object[] v : em.createQuery("select v.id, a.name, v.number, v.periodStart, v.periodEnd "
                        + "from PlanVersion v join v.plan p join p.account a where v.approvedAt is not null "
                        + "and v.snapshot is not null and v.status in :statuses "
                        + "and not exists (select b.id from BestPractice b where b.planVersion = v) "
                        + "order by a.name, v.number desc", Object[].class)
                        .setParameter("statuses", List.of(VersionStatus.APPROVED, VersionStatus.SUPERSEDED))
                        .getResultList()) {
                    candidates.add(new Candidate((Long) v[0], (String) v[1],
                            Titles.plan((Integer) v[2], (LocalDate) v[3], (LocalDate) v[4])));
                }
            }
            case STRATEGY -> {
                // The database narrows to the strategies its twin of the compliance check finds sound (open
                // evidence flags included); the Java check (LibraryRules.eligible) confirms each, with its
                // account's cited evidence, reading what it walks in a few batches.
                ComplianceRules rules = templates.rules();
                List<Long> sound = new ArrayList<>();
                for (Object id : em.createNativeQuery("select s.id from strategy s join account a on a.id = s.account_id "
                        + "where " + rules.noIssueSql()
                        + " and not exists (select 1 from best_practice b where b.strategy_id = s.id)")
                        .getResultList()) {
                    sound.add(((Number) id).longValue());
                }
                if (sound.isEmpty()) {
                    break;
                }
                TypedQuery<Strategy> strategies = em.createQuery("select s from Strategy s join fetch s.account a "
                        + "where s.id in :ids order by a.name", Strategy.class).setParameter("ids", sound);
                strategies.setHint("eclipselink.batch.type", "IN");
                for (String path : List.of("s.objectives", "s.objectives.options", "s.programmes",
                        "s.programmes.plans")) {
                    strategies.setHint("eclipselink.batch", path);
                }
                for (Strategy s : strategies.getResultList()) {
                    if (LibraryRules.eligible(s, rules, CitedEvidence.load(em, s.getAccount().getId()))) {
                        candidates.add(new Candidate(s.getId(), s.getAccount().getName(), Titles.of(s)));
                    }
                }
            }
            case ACTION_PROGRAMME -> {
                // LibraryRules.eligible in the query: plans of both kinds, every one serving an objective.
                for (Object[] p : em.createQuery("select p.id, a.name, p.name from ActionProgramme p "
                        + "join p.strategy s join s.account a "
                        + "where not exists (select b.id from BestPractice b where b.programme = p) "
                        + "and exists (select c.id from ActionPlan c where c.programme = p "
                        + "and c.kind = :contractual) "
                        + "and exists (select r.id from ActionPlan r where r.programme = p and r.kind = :relational) "
                        + "and not exists (select n.id from ActionPlan n where n.programme = p "
                        + "and n.objective is null) "
                        + "order by a.name, p.position, p.id", Object[].class)
                        .setParameter("contractual", ActionPlan.Kind.CONTRACTUAL)
                        .setParameter("relational", ActionPlan.Kind.RELATIONAL).getResultList()) {
                    candidates.add(new Candidate((Long) p[0], (String) p[1], (String) p[2]));
                }
            }
            default -> throw new IllegalArgumentException(String.valueOf(kind));
        }
        return candidates;
    }

    /** Marks an eligible item with the KA Director's comment; refused when not eligible or marked already. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public BestPractice mark(PracticeKind kind, long itemId, String comment) {
        String text = LibraryRules.checkComment(comment);
        if (kind == null) {
            throw new BusinessRuleException(LibraryRules.NOT_ELIGIBLE);
        }
        if (markingOf(kind, itemId) != null) {
            throw new BusinessRuleException(LibraryRules.ALREADY_MARKED);
        }
        String by = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        BestPractice marking = switch (kind) {
            case PLAN_VERSION -> {
                PlanVersion v = existing(PlanVersion.class, itemId);
                requireEligible(LibraryRules.eligible(v));
                yield BestPractice.of(v, text, by, now);
            }
            case STRATEGY -> {
                Strategy s = existing(Strategy.class, itemId);
                requireEligible(LibraryRules.eligible(s, templates.rules(),
                        CitedEvidence.load(em, s.getAccount().getId())));
                yield BestPractice.of(s, text, by, now);
            }
            case ACTION_PROGRAMME -> {
                ActionProgramme p = existing(ActionProgramme.class, itemId);
                requireEligible(LibraryRules.eligible(p));
                yield BestPractice.of(p, text, by, now);
            }
        };
        em.persist(marking);
        OptimisticSave.flush(em);
        audit.record(AuditAction.PRACTICE_MARK, SUBJECT, marking.getId(), kind + " " + itemId + " of account "
                + marking.getAccount().getId() + ": " + marking.getTitle());
        return marking;
    }

    /** Takes the mark off; refused with the stale-edit message when the marking changed since it was loaded. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public void unmark(long practiceId, long loadedVersion) {
        BestPractice marking = em.find(BestPractice.class, practiceId);
        if (marking == null) {
            throw new StaleEditException();
        }
        OptimisticSave.expectVersion(marking.getVersion(), loadedVersion);
        em.remove(marking);
        OptimisticSave.flush(em);
        audit.record(AuditAction.PRACTICE_UNMARK, SUBJECT, practiceId, marking.getKind() + ": " + marking.getTitle());
    }

    // ---- reading the marked item, and nothing else of its account ----

    private PracticeView view(BestPractice b) {
        PracticeSummary summary = new PracticeSummary(b.getId(), b.getKind(), b.getAccount().getName(),
                b.getAccount().getSegment(), b.getTitle(), b.getComment(), b.getMarkedBy(), b.getMarkedAt(),
                b.getVersion());
        return switch (b.getKind()) {
            case PLAN_VERSION -> new PracticeView(summary, plan(b.getPlanVersion()), null, null);
            case STRATEGY -> new PracticeView(summary, null, strategy(b.getStrategy()), null);
            case ACTION_PROGRAMME -> new PracticeView(summary, null, null, programme(b.getProgramme()));
        };
    }

    /** The version as approved: its snapshot, stamped with its review status as the plan page stamps it. */
    private static PlanContent plan(PlanVersion version) {
        PlanContent content = PlanSnapshot.read(version.getSnapshot());
        content.setStatus(version.getStatus().name());
        content.setApprovedBy(version.getApprovedBy());
        content.setApprovedAt(version.getApprovedAt());
        return content;
    }

    private static StrategyView strategy(Strategy s) {
        StrategyView view = new StrategyView();
        view.setVision(s.getVision());
        view.setMission(s.getMission());
        if (s.getOrientation().getDirection() != null) {
            view.setDirection(s.getOrientation().getDirection().name());
        }
        view.setStatement(s.getOrientation().getStatement());
        view.setJustification(s.getOrientation().getJustification());
        for (Objective root : s.getRootObjectives()) {
            addObjective(view, s, root, 0);
        }
        s.getProgrammes().forEach(p -> view.getProgrammes().add(programme(p)));
        for (Contingency c : s.getContingencies()) {
            ContingencyItem item = new ContingencyItem();
            item.setTrigger(c.getTrigger());
            item.setResponse(c.getResponse());
            view.getContingencies().add(item);
        }
        return view;
    }

    private static void addObjective(StrategyView view, Strategy s, Objective o, int depth) {
        ObjectiveItem item = new ObjectiveItem();
        item.setId(o.getId());
        item.setLevel(o.getLevel().name());
        item.setDepth(depth);
        item.setTitle(o.getTitle());
        item.setDescription(o.getDescription());
        if (o.getIndicator() != null) {
            item.setIndicatorName(o.getIndicator().getName());
            item.setUnit(o.getIndicator().getUnit());
            item.setBaseline(o.getIndicator().getBaseline());
            item.setTarget(o.getIndicator().getTarget());
            item.setTargetDate(o.getIndicator().getTargetDate());
        }
        view.getObjectives().add(item);
        for (Objective child : s.childrenOf(o)) {
            addObjective(view, s, child, depth + 1);
        }
    }

    /** The programme and its action plans; not the plans' owners, who are the account's team. */
    private static ProgrammeItem programme(ActionProgramme p) {
        ProgrammeItem item = new ProgrammeItem();
        item.setId(p.getId());
        item.setName(p.getName());
        item.setDescription(p.getDescription());
        for (ActionPlan plan : p.getPlans()) {
            ActionPlanItem a = new ActionPlanItem();
            a.setId(plan.getId());
            a.setTitle(plan.getTitle());
            a.setKind(plan.getKind().name());
            a.setObjectiveTitle(plan.getObjective() == null ? null : plan.getObjective().getTitle());
            a.setStartDate(plan.getStartDate());
            a.setDueDate(plan.getDueDate());
            a.setStatus(plan.getStatus() == null ? null : plan.getStatus().name());
            item.getPlans().add(a);
        }
        return item;
    }

    // ---- internals ----

    private BestPractice markingOf(PracticeKind kind, long itemId) {
        String path = switch (kind) {
            case PLAN_VERSION -> "b.planVersion.id";
            case STRATEGY -> "b.strategy.id";
            case ACTION_PROGRAMME -> "b.programme.id";
        };
        return em.createQuery("select b from BestPractice b where b.kind = :kind and " + path + " = :item",
                        BestPractice.class).setParameter("kind", kind).setParameter("item", itemId)
                .getResultStream().findFirst().orElse(null);
    }

    private <T> T existing(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException();
        }
        return found;
    }

    private static void requireEligible(boolean eligible) {
        if (!eligible) {
            throw new BusinessRuleException(LibraryRules.NOT_ELIGIBLE);
        }
    }

    private static String where(LibraryQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.getKind() != null) {
            conditions.add("b.kind = :kind");
        }
        if (query.getSegment() != null) {
            conditions.add("a.segment = :segment");
        }
        if (query.pattern() != null) {
            conditions.add("(lower(a.name) like :text or lower(b.title) like :text or lower(b.comment) like :text)");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, LibraryQuery query) {
        if (query.getKind() != null) {
            q.setParameter("kind", query.getKind());
        }
        if (query.getSegment() != null) {
            q.setParameter("segment", query.getSegment());
        }
        if (query.pattern() != null) {
            q.setParameter("text", query.pattern());
        }
        return q;
    }
}
