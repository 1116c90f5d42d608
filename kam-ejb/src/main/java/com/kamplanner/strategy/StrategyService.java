package com.kamplanner.strategy;

import com.kamplanner.situation.SectionView;
import com.kamplanner.situation.TableRows;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.account.Account;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.FreeText;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.selection.QuadrantLookup;
import com.kamplanner.situation.CitableField;
import com.kamplanner.situation.DatabaseExport;
import com.kamplanner.situation.DatabaseRights;
import com.kamplanner.situation.TableRows;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.TableColumn;
import com.kamplanner.template.TemplateField;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.Stakeholder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import com.kamplanner.whitespace.WhitespaceCell;
import com.kamplanner.whitespace.WhitespaceService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an account's strategy under {@link StrategyAccess}'s rights, and writes what belongs to the strategy as a
 * whole: its orientation and its vision and mission. The steps' records are written by {@link TowsService},
 * {@link ObjectiveService} and {@link ActionProgrammeService}. Every edit names the version the user loaded: a
 * change saved by someone else since is refused with {@link StaleEditException}, never overwritten. Every change is
 * audited.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class StrategyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    StrategyAccess access;

    @Inject
    StrategyRecords records;

    @Inject
    QuadrantLookup quadrants;

    @Inject
    AuditTrail audit;

    @Inject
    KeyAccountDatabaseService database;

    @Inject
    WhitespaceService whitespace;

    @Inject
    StrategyTemplates templates;

    // ---- reading ----

    /**
     * The account's whole strategy, every step loaded; an empty, unsaved one when nobody has written any step yet.
     */
    public Strategy workspace(long accountId) {
        Account account = access.readable(accountId);
        return records.find(accountId).map(StrategyRecords::loaded).orElseGet(() -> new Strategy(account));
    }

    public boolean canWrite(long accountId) {
        return access.canWrite(access.readable(accountId));
    }

    /** True when the caller is the account's KAM, who grants write access to the team. */
    /**
     * True when the caller may open the account's whitespace map, where a potential's whitespace citation leads: an
     * external team member without its grant reads the citation's label, not a link to a page they are refused.
     */
    public boolean opensWhitespace(long accountId) {
        return whitespace.canSee(accountId);
    }

    public boolean isKamOf(long accountId) {
        return access.isKamOf(access.readable(accountId));
    }

    /** The strategy template the account's strategy is measured against: its guidance, tools and horizon. */
    public StrategyTemplate template(long accountId) {
        return templates.rules().templateFor(access.readable(accountId).getSegment());
    }

    /**
     * Where the account's Key Account Database places our offerings in the customer's purchasing portfolio, as far
     * as the caller may read the Database: nothing when the section is hidden from them or the table is empty.
     */
    public List<OfferingPosition> purchasingPortfolio(long accountId) {
        SectionView needs = database.open(accountId)
                .section(DefaultDatabaseTemplate.NEEDS);
        String table = needs == null ? null : needs.getValues()
                .get(DefaultDatabaseTemplate.OFFERING_POSITIONS);
        if (table == null || table.isBlank()) {
            return List.of();
        }
        List<OfferingPosition> positions = new ArrayList<>();
        for (Map<String, String> row : TableRows.read(table)) {
            String offering = row.get("offering");
            OfferingPosition.Position.of(row.get("position")).filter(p -> offering != null && !offering.isBlank())
                    .ifPresent(p -> positions.add(new OfferingPosition(offering.strip(), p)));
        }
        return positions;
    }

    /**
     * The compliance issues of the account's strategy against its segment's template, for the workspace, open
     * evidence drift flags included.
     */
    public List<ComplianceIssue> compliance(long accountId) {
        return check(accountId, Locale.ENGLISH).issues();
    }

    /**
     * The items of the account's strategy whose cited Key Account Database fields changed since they were cited,
     * with the old and new values in the reader's language; the values of a section the caller may not see in the
     * database are left out.
     */
    public List<EvidenceFlag> evidence(long accountId, Locale locale) {
        return check(accountId, locale).evidence();
    }

    /** What the workspace shows above the steps, from one reading of the strategy and of the cited fields. */
    public record StrategyCheck(List<ComplianceIssue> issues, List<EvidenceFlag> evidence)
            implements java.io.Serializable {
    }

    /** The compliance issues and the evidence drift flags (values in {@code locale}) of the account's strategy. */
    public StrategyCheck check(long accountId, Locale locale) {
        return check(workspace(accountId), templates.rules(), locale);
    }

    /**
     * What the workspace shows of the account's strategy, from one reading of the strategy and of the templates in
     * force: the strategy, its checks (values in {@code locale}) and the template it is measured against.
     */
    public record StrategyView(Strategy strategy, StrategyCheck check, StrategyTemplate template) {
    }

    /** What {@link #workspace}, {@link #check} and {@link #template} give, with the strategy read once. */
    public StrategyView view(long accountId, Locale locale) {
        Strategy strategy = workspace(accountId);
        ComplianceRules rules = templates.rules();
        return new StrategyView(strategy, check(strategy, rules, locale),
                rules.templateFor(strategy.getAccount().getSegment()));
    }

    private StrategyCheck check(Strategy strategy, ComplianceRules rules, Locale locale) {
        long accountId = strategy.getAccount().getId();
        List<EvidenceFlag> flags = StrategyRules.evidenceChanges(strategy, CitedEvidence.load(em, accountId));
        List<ComplianceIssue> issues = rules.check(strategy, flags);
        if (flags.isEmpty()) {
            return new StrategyCheck(issues, flags);
        }
        DatabaseRights rights = database.rights(accountId);
        DocumentTemplate template = em.createQuery("select d from KeyAccountDatabase d "
                        + "where d.account.id = :account", com.kamplanner.situation.KeyAccountDatabase.class)
                .setParameter("account", accountId).getResultStream().findFirst()
                .map(com.kamplanner.situation.KeyAccountDatabase::getTemplate).orElse(null);
        String currency = strategy.getAccount().getCurrency();
        List<EvidenceFlag> shown = new ArrayList<>();
        for (EvidenceFlag flag : flags) {
            shown.add(flag.withChanges(flag.getChanges().stream().map(c -> {
                TemplateField field = template == null ? null
                        : template.field(c.getSectionKey(), c.getFieldKey()).orElse(null);
                return c.shown(display(field, c.getOldValue(), locale, currency),
                        display(field, c.getNewValue(), locale, currency), rights.canSee(c.getSectionKey()));
            }).toList()));
        }
        return new StrategyCheck(issues, shown);
    }

    /** A stored value as the reader sees it; a table's rows one per line, cells separated by " · ". */
    static String display(TemplateField field, String value, Locale locale, String currency) {
        if (value == null) {
            return null;
        }
        if (field == null) {
            return value;
        }
        if (field.isTable()) {
            List<String> rows = new ArrayList<>();
            for (java.util.Map<String, String> row : TableRows.read(value)) {
                List<String> cells = new ArrayList<>();
                for (TableColumn column : field.getColumns()) {
                    String cell = row.get(column.getKey());
                    if (cell != null) {
                        cells.add(DatabaseExport.display(column.getType(), column.getChoiceOptions(), cell, locale,
                                currency));
                    }
                }
                rows.add(String.join(" · ", cells));
            }
            return String.join("\n", rows);
        }
        return DatabaseExport.display(field.getType(), field.getChoiceOptions(), value, locale, currency);
    }

    /** The account's place in the selection matrix, shown beside the orientation. */
    public MatrixStanding standing(long accountId) {
        Account account = access.readable(accountId);
        return standingOf(account);
    }

    /** Who may own an action plan: the account's KAM and its KA team. */
    public List<AppUser> ownerCandidates(long accountId) {
        Account account = access.readable(accountId);
        List<AppUser> owners = new ArrayList<>();
        if (account.getKam() != null) {
            owners.add(account.getKam());
        }
        owners.addAll(em.createNamedQuery(com.kamplanner.account.TeamMembership.MEMBERS, AppUser.class)
                .setParameter("account", accountId).getResultList());
        return owners;
    }

    /**
     * What a situation potential may cite from the account's Key Account Database, as the caller may see it: its
     * filled fields, then its stakeholders, then the open opportunities of its whitespace map, labelled in the
     * caller's language, each with its link back.
     */
    public List<Citation> citable(long accountId, Locale locale) {
        Account account = access.readable(accountId);
        List<Citation> citable = new ArrayList<>();
        Instant now = Instant.now();
        for (CitableField field : database.citableFields(accountId)) {
            citable.add(Citation.ofField(field.getSectionKey(), field.getFieldKey(),
                    field.sectionLabel(locale) + " › " + field.label(locale), field.getUrl(), field.getValue(), now));
        }
        for (Stakeholder stakeholder : database.stakeholders(accountId)) {
            String title = stakeholder.getTitle() == null || stakeholder.getTitle().isBlank() ? ""
                    : " (" + stakeholder.getTitle() + ")";
            citable.add(Citation.ofStakeholder(stakeholder.getId(), stakeholder.getName() + title,
                    CitableField.url(accountId, KeyAccountDatabaseService.STAKEHOLDER_MAP)));
        }
        List<WhitespaceCell> open = whitespace.openCells(accountId);
        Map<Long, String> labels = whitespace.citationLabels(open, account.getCurrency(), locale);
        for (WhitespaceCell cell : open) {
            citable.add(Citation.ofWhitespace(cell.getId(), labels.get(cell.getId()),
                    "/whitespace/map.xhtml?account=" + accountId + "#cell-" + cell.getBuyingCentre().getId() + "-"
                            + cell.getOfferingCode()));
        }
        return citable;
    }

    /** The customer's own strategic priorities (Key Account Database, part 1) a strategic objective may help. */
    public List<String> customerPriorities(long accountId) {
        access.readable(accountId);
        return database.customerStrategicPriorities(accountId);
    }

    /**
     * What a condition of {@code kind} may watch on the account, as the caller may see it: the objectives with an
     * indicator, the contacts of the stakeholder map (the decision makers, for one leaving), the action plans, or
     * the competitors of the Key Account Database; nothing for the account's health, which watches the account.
     */
    public List<WatchTarget> watchTargets(long accountId, WatchedCondition.Kind kind) {
        access.readable(accountId);
        if (kind == null) {
            return List.of();
        }
        Strategy strategy = records.find(accountId).orElse(null);
        List<WatchTarget> targets = new ArrayList<>();
        switch (kind.getTarget()) {
            case OBJECTIVE -> {
                if (strategy != null) {
                    strategy.getObjectives().stream().filter(Objective::hasIndicator).forEach(o -> targets.add(
                            new WatchTarget(o.getId().toString(), o.getIndicator().getName() + " ("
                                    + o.getIndicator().getUnit() + ") — " + o.getTitle())));
                }
            }
            case STAKEHOLDER -> database.stakeholders(accountId).stream()
                    .filter(s -> kind != WatchedCondition.Kind.DECISION_MAKER_LEFT
                            || s.getDecisionRole() == com.kamplanner.situation.DecisionRole.DECISION_MAKER)
                    .forEach(s -> targets.add(new WatchTarget(s.getId().toString(), s.getName()
                            + (s.getTitle() == null || s.getTitle().isBlank() ? "" : " (" + s.getTitle() + ")"))));
            case ACTION_PLAN -> {
                if (strategy != null) {
                    strategy.getPlans().stream().filter(p -> !p.isDormant()).forEach(p -> targets.add(
                            new WatchTarget(p.getId().toString(), p.getTitle())));
                }
            }
            case COMPETITOR -> database.open(accountId).getSections().stream()
                    .filter(s -> com.kamplanner.template.DefaultDatabaseTemplate.COMPETITION.equals(s.getKey()))
                    .flatMap(s -> com.kamplanner.situation.TableRows.read(s.getValues()
                            .get(com.kamplanner.template.DefaultDatabaseTemplate.COMPETITORS)).stream())
                    .map(row -> row.get(ContingencyWatch.COMPETITOR_COLUMN)).filter(n -> n != null && !n.isBlank())
                    .distinct().forEach(n -> targets.add(new WatchTarget(n.trim(), n.trim())));
            case ACCOUNT -> {
                // the account's health: the account itself is the target, there is nothing to pick
            }
            default -> throw new IllegalStateException(String.valueOf(kind));
        }
        return targets;
    }

    // ---- the strategy as a whole: orientation, vision and mission ----

    /**
     * Picks the strategic orientation. One that contradicts the posture of the account's quadrant needs a
     * justification. {@code strategyVersion} is the version the user loaded (0 for a strategy not yet saved).
     */
    public Strategy chooseOrientation(long accountId, long strategyVersion, StrategicOrientation orientation) {
        Strategy strategy = records.writableStrategy(accountId, strategyVersion);
        MatrixStanding standing = standingOf(strategy.getAccount());
        StrategyRules.checkOrientation(orientation, standing.getQuadrant());
        boolean contradicts = orientation.getDirection().contradicts(standing.getQuadrant());
        strategy.setOrientation(new StrategicOrientation(orientation.getDirection(),
                FreeText.orNull(orientation.getStatement()),
                contradicts ? FreeText.orNull(orientation.getJustification()) : null));
        strategy.touch(access.callerName());
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_ORIENTATION, "Strategy", strategy.getId(), orientation.getDirection()
                + (contradicts ? " against " + standing.getQuadrant() + ": " + orientation.getJustification() : ""));
        return strategy;
    }

    public Strategy saveVisionAndMission(long accountId, long strategyVersion, String vision, String mission) {
        Strategy strategy = records.writableStrategy(accountId, strategyVersion);
        strategy.setVision(FreeText.orNull(vision));
        strategy.setMission(FreeText.orNull(mission));
        strategy.touch(access.callerName());
        OptimisticSave.flush(em);
        audit.record(AuditAction.STRATEGY_VISION, "Strategy", strategy.getId(), null);
        return strategy;
    }

    // ---- internals ----

    private MatrixStanding standingOf(Account account) {
        Optional<Quadrant> scored = quadrants.quadrantOf(account.getId());
        return scored.map(q -> new MatrixStanding(q, true)).orElseGet(() -> new MatrixStanding(account.getSegment(),
                false));
    }
}
