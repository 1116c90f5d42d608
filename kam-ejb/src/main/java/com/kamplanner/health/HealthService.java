package com.kamplanner.health;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.people.Role;
import com.kamplanner.platform.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A key account's health under the account's rights ({@link AccountAccess#readable}): the KAM reads their own
 * accounts', a team member their teams', the KA Director and the executive all; HR none. An account that is not
 * a key account has no health and is not found. Reads only what the refresh stored: nothing is computed here.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class HealthService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    public HealthReport report(long accountId) {
        HealthReport report = reportOfKeyAccount(accountId);
        if (report == null) {
            throw new NotFoundException();
        }
        return report;
    }

    /**
     * The health of a key account the caller may read, or null for any other account: for a page that shows a card
     * only for key accounts, without the exception that would mark the page view's transaction rollback-only.
     */
    public HealthReport reportOfKeyAccount(long accountId) {
        Account account = access.readable(accountId);
        return account.isKeyAccount() ? report(em, accountId, LocalDate.now()) : null;
    }

    static HealthReport report(EntityManager em, long accountId, LocalDate today) {
        AccountScore stored = HealthTable.read(em, accountId);
        YearMonth now = YearMonth.from(today);
        YearMonth first = now.minusMonths(HealthReport.MONTHS - 1L);
        Map<LocalDate, Integer> months = HealthTable.months(em, accountId, first.atDay(1));
        List<MonthScore> history = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(now); month = month.plusMonths(1)) {
            Integer score = month.equals(now) && stored != null ? stored.score() : months.get(month.atDay(1));
            history.add(new MonthScore(month, score));
        }
        return new HealthReport(accountId, stored == null ? null : stored.score(), stored != null,
                stored == null ? List.of() : stored.components(), history);
    }
}
