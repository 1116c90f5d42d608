package com.kamplanner.congruence;

import com.kamplanner.account.Account;
import com.kamplanner.people.Role;
import com.kamplanner.plan.PlanService;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.situation.Completeness;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.strategy.StrategyService;
import com.kamplanner.strategy.StrategyTemplates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compliance by KAM for the KA Director: the table of KAMs × the three documents comes from one grouped SQL
 * statement ({@link ComplianceStatements}); the drill-down into one KAM's key accounts asks each module's own
 * Java rule, account by account, which is affordable for the twenty-odd accounts of one KAM.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class ComplianceByKam {

    @PersistenceContext
    EntityManager em;

    @Inject
    KeyAccountDatabaseService databases;

    @Inject
    StrategyService strategies;

    @Inject
    PlanService plans;

    @Inject
    StrategyTemplates templates;

    public List<KamCompliance> table() {
        return ComplianceStatements.table(em, templates.rules());
    }

    /** One KAM's key accounts, each measured by the rules of the modules that own the documents. */
    public List<AccountDocuments> accountsOf(long kamId, Locale locale) {
        List<AccountDocuments> rows = new ArrayList<>();
        for (Account account : em.createQuery("select a from Account a where a.kam.id = :kam and a.keyAccount = true "
                + "order by a.name, a.id", Account.class).setParameter("kam", kamId).getResultList()) {
            long id = account.getId();
            Completeness completeness = databases.open(id).getCompleteness();
            int issues = strategies.compliance(id).size();
            Optional<PlanVersion> current = plans.current(id);
            Integer planPercent = current.map(v -> plans.compliance(id, v.getNumber(), locale).getPercent())
                    .orElse(null);
            rows.add(new AccountDocuments(id, account.getName(), account.getSegment(), completeness.getOverall(),
                    completeness.getMinimum(), !completeness.isBelowMinimum(), issues, planPercent,
                    ComplianceStatements.planMet(em, id)));
        }
        return rows;
    }
}
