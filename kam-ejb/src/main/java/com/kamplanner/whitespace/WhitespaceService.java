package com.kamplanner.whitespace;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.Formats;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.situation.DatabaseRights;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.SectionView;
import com.kamplanner.situation.TableRows;
import com.kamplanner.template.DefaultDatabaseTemplate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whitespace map of each key account, with the rights of its Key Account Database: the KAM and team members
 * granted {@value #GRANT} edit; the KA Director and executives read; HR never does. Every method checks the
 * caller's rights on the account here. Also the portfolio-wide view, for the KA Director and executives only.
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
public class WhitespaceService {

    /** The grant key of the whitespace map, granted like a section of the Database. */
    public static final String GRANT = KeyAccountDatabaseService.WHITESPACE_MAP;

    public static final String CENTRE_EXISTS = "whitespace.centre.exists";
    public static final String UNKNOWN_OFFERING = "whitespace.offering.unknown";
    public static final String CENTRE_HAS_CELLS = "whitespace.centre.hasCells";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    CatalogueService catalogue;

    @Inject
    KeyAccountDatabaseService databases;

    /** The map as the caller may see it; someone else's account gives {@link AccessDeniedException}. */
    public WhitespaceMap open(long accountId) {
        Account account = access.readable(accountId);
        DatabaseRights rights = DatabaseRights.of(access.rights(account));
        if (!rights.canSee(GRANT)) {
            throw new AccessDeniedException();
        }
        return new WhitespaceMap(account, catalogue.activeOfferings(), centres(accountId),
                em.createNamedQuery(WhitespaceCell.OF_ACCOUNT, WhitespaceCell.class)
                        .setParameter("account", accountId).getResultList(),
                competitors(accountId), rights.canWrite(GRANT));
    }

    /** True when the caller may open the account's whitespace map (an external team member needs its grant). */
    public boolean canSee(long accountId) {
        return DatabaseRights.of(access.rights(access.readable(accountId))).canSee(GRANT);
    }

    /** The map if the caller may see it (for documents that include it when they can), else empty. */
    public java.util.Optional<WhitespaceMap> readable(long accountId) {
        Account account = access.readable(accountId);
        if (!DatabaseRights.of(access.rights(account)).canSee(GRANT)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(open(accountId));
    }

    /** Adds a buying centre at the end of the map's columns. */
    public BuyingCentre addCentre(long accountId, String name) {
        Account account = writable(accountId);
        String trimmed = name == null ? "" : name.trim();
        List<BuyingCentre> centres = centres(accountId);
        if (centres.stream().anyMatch(c -> c.getName().equalsIgnoreCase(trimmed))) {
            throw new BusinessRuleException(CENTRE_EXISTS, trimmed);
        }
        BuyingCentre centre = new BuyingCentre(account, centres.size(), trimmed);
        em.persist(centre);
        OptimisticSave.flush(em);
        audit.record(AuditAction.WHITESPACE_CENTRE_ADDED, "Account", accountId, trimmed);
        return centre;
    }

    /** Removes a buying centre whose cells are all unknown or never saved. */
    public void removeCentre(long accountId, long centreId) {
        writable(accountId);
        BuyingCentre centre = centre(accountId, centreId);
        Long valued = em.createQuery("select count(c) from WhitespaceCell c where c.buyingCentre.id = :centre "
                + "and c.state <> :unknown", Long.class).setParameter("centre", centreId)
                .setParameter("unknown", CellState.UNKNOWN).getSingleResult();
        if (valued > 0) {
            throw new BusinessRuleException(CENTRE_HAS_CELLS, centre.getName());
        }
        em.remove(centre);
        OptimisticSave.flush(em);
        audit.record(AuditAction.WHITESPACE_CENTRE_REMOVED, "Account", accountId, centre.getName());
    }

    /**
     * Saves one cell. {@code input.loadedVersion} is the cell's version the user loaded (-1 for a cell never
     * saved); if someone saved it since, {@link com.kamplanner.platform.StaleEditException}. Returns the new version.
     */
    public WhitespaceCell saveCell(long accountId, long centreId, String offeringCode, CellInput input) {
        Account account = writable(accountId);
        BuyingCentre centre = centre(accountId, centreId);
        if (catalogue.activeOfferings().stream().noneMatch(o -> o.getCode().equals(offeringCode))) {
            throw new BusinessRuleException(UNKNOWN_OFFERING, offeringCode);
        }
        WhitespaceRules.check(input, competitors(accountId));
        checkLinks(accountId, input);
        List<WhitespaceCell> found = em.createQuery("select c from WhitespaceCell c where c.buyingCentre.id = :centre "
                        + "and c.offeringCode = :code", WhitespaceCell.class)
                .setParameter("centre", centreId).setParameter("code", offeringCode).getResultList();
        WhitespaceCell cell = found.isEmpty() ? null : found.get(0);
        OptimisticSave.expectVersion(cell == null ? -1 : cell.getVersion(), input.getLoadedVersion());
        if (cell == null) {
            cell = new WhitespaceCell(account, centre, offeringCode);
            em.persist(cell);
        }
        cell.apply(input, access.callerName());
        OptimisticSave.flush(em);
        audit.record(AuditAction.WHITESPACE_CELL_SAVED, "Account", accountId,
                offeringCode + " @ " + centre.getName() + ": " + input.getState().name());
        return cell;
    }

    /** The open cells the caller may see, for the strategy to cite as opportunities; none without the map. */
    public List<WhitespaceCell> openCells(long accountId) {
        Account account = access.readable(accountId);
        if (!DatabaseRights.of(access.rights(account)).canSee(GRANT)) {
            return List.of();
        }
        // The buying centres with the cells: each citation's label names its centre
        return em.createQuery("select c from WhitespaceCell c join fetch c.buyingCentre "
                        + "where c.account.id = :account and c.state = :open "
                        + "order by c.offeringCode, c.buyingCentre.position", WhitespaceCell.class)
                .setParameter("account", accountId).setParameter("open", CellState.OPEN).getResultList();
    }

    /**
     * How each open cell reads when cited, by cell id: offering at buying centre, estimated value. The catalogue in
     * force is read once for all the cells (it was read once per cell).
     */
    public Map<Long, String> citationLabels(List<WhitespaceCell> cells, String currency, Locale locale) {
        Optional<OfferingCatalogue> active = cells.isEmpty() ? Optional.empty() : catalogue.active();
        Map<Long, String> labels = new java.util.HashMap<>();
        for (WhitespaceCell cell : cells) {
            String offering = active.flatMap(c -> c.offering(cell.getOfferingCode())).map(o -> o.name(locale))
                    .orElse(cell.getOfferingCode());
            labels.put(cell.getId(), offering + " @ " + cell.getBuyingCentre().getName() + " · "
                    + Formats.of(locale).amount(cell.getValue(), currency));
        }
        return labels;
    }

    /** The objectives and action plans of the account's strategy an open cell may link to, by id, with titles. */
    public Map<Long, String> objectives(long accountId) {
        access.readable(accountId);
        return titles(em.createQuery("select o.id, o.title from Objective o where o.strategy.account.id = :account "
                + "order by o.title", Object[].class).setParameter("account", accountId).getResultList());
    }

    public Map<Long, String> actionPlans(long accountId) {
        access.readable(accountId);
        return titles(em.createQuery("select p.id, p.title from ActionPlan p where p.programme.strategy.account.id "
                + "= :account order by p.title", Object[].class).setParameter("account", accountId).getResultList());
    }

    /**
     * One page of the cells across all key accounts that are supplied, open or held by a competitor, for one
     * offering ({@code null} for all), ordered by account; paged and summed in the database.
     */
    public PortfolioWhitespace portfolio(String offeringCode, int first, int size) {
        if (!access.readsAll()) {
            throw new AccessDeniedException();
        }
        String where = " from WhitespaceCell c join c.account a join c.buyingCentre b where c.state in :states"
                + (offeringCode == null ? "" : " and c.offeringCode = :code");
        List<CellState> states = List.of(CellState.SUPPLIED, CellState.OPEN, CellState.COMPETITOR);
        var page = em.createQuery("select a.id, a.name, c.offeringCode, b.name, c.state, c.value, a.currency, "
                + "c.competitor" + where + " order by a.name, a.id, c.offeringCode, b.position, b.id", Object[].class)
                .setParameter("states", states);
        var count = em.createQuery("select count(c)" + where, Long.class).setParameter("states", states);
        var sums = em.createQuery("select a.currency, c.state, sum(c.value)" + where
                + " group by a.currency, c.state", Object[].class).setParameter("states", states);
        if (offeringCode != null) {
            page.setParameter("code", offeringCode);
            count.setParameter("code", offeringCode);
            sums.setParameter("code", offeringCode);
        }
        List<PortfolioItem> items = page.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 200))).getResultList().stream()
                .map(r -> new PortfolioItem((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (CellState) r[4], (BigDecimal) r[5], (String) r[6], (String) r[7])).toList();
        List<Map.Entry<String, WhitespaceTotals.Sum>> perCurrency = new ArrayList<>();
        for (Object[] r : sums.getResultList()) {
            BigDecimal sum = r[2] == null ? BigDecimal.ZERO : (BigDecimal) r[2];
            CellState state = (CellState) r[1];
            perCurrency.add(Map.entry(Objects.toString(r[0], ""), state == CellState.SUPPLIED
                    ? new WhitespaceTotals.Sum(sum, BigDecimal.ZERO)
                    : new WhitespaceTotals.Sum(BigDecimal.ZERO, state == CellState.OPEN ? sum : BigDecimal.ZERO)));
        }
        return new PortfolioWhitespace(items, count.getSingleResult(), WhitespaceTotals.byCurrency(perCurrency));
    }

    /** The competitors named in the Database's competition part, as the caller may see it. */
    public List<String> competitors(long accountId) {
        List<String> names = new ArrayList<>();
        for (SectionView section : databases.open(accountId).getSections()) {
            if (DefaultDatabaseTemplate.COMPETITION.equals(section.getKey())) {
                TableRows.read(section.getValues().get(DefaultDatabaseTemplate.COMPETITORS)).stream()
                        .map(row -> row.get("competitor")).filter(n -> n != null && !n.isBlank())
                        .map(String::trim).distinct().forEach(names::add);
            }
        }
        return names;
    }

    private void checkLinks(long accountId, CellInput input) {
        if (input.getObjectiveId() != null && !objectives(accountId).containsKey(input.getObjectiveId())) {
            throw new AccessDeniedException();
        }
        if (input.getActionPlanId() != null && !actionPlans(accountId).containsKey(input.getActionPlanId())) {
            throw new AccessDeniedException();
        }
    }

    private static Map<Long, String> titles(List<Object[]> rows) {
        Map<Long, String> titles = new LinkedHashMap<>();
        rows.forEach(r -> titles.put((Long) r[0], (String) r[1]));
        return titles;
    }

    private Account writable(long accountId) {
        Account account = access.readable(accountId);
        if (!DatabaseRights.of(access.rights(account)).canWrite(GRANT)) {
            throw new AccessDeniedException();
        }
        return account;
    }

    private List<BuyingCentre> centres(long accountId) {
        return em.createNamedQuery(BuyingCentre.OF_ACCOUNT, BuyingCentre.class).setParameter("account", accountId)
                .getResultList();
    }

    private BuyingCentre centre(long accountId, long centreId) {
        BuyingCentre centre = em.find(BuyingCentre.class, centreId);
        if (centre == null || centre.getAccountId() != accountId) {
            throw new NotFoundException();
        }
        return centre;
    }
}
