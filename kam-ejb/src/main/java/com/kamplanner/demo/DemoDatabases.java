package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.KeyAccountDatabase;
import com.kamplanner.situation.SectionInput;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.template.DocumentKind;
import com.kamplanner.template.DocumentTemplate;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;

/**
 * Fills the Key Account Database of two of Emma's demo accounts, Airbus Helicopters and Thales Alenia Space, with
 * a realistic situation analysis and stakeholder map, so that the demo shows a database in use. Both rate us and
 * the best competitor on the customer's buying criteria: Airbus close to the KA Director's strength index,
 * Thales Alenia Space more than 2 points below it (flagged on the score page and in the matrix). Idempotent: an
 * account that already has a database is left alone.
 */
final class DemoDatabases {

    private DemoDatabases() {
    }

    static int seed(EntityManager em, Map<String, AppUser> users) {
        DocumentTemplate template = em.createQuery("select t from DocumentTemplate t where t.kind = :kind "
                        + "and t.lifecycle.status = :active and t.segment is null order by t.lifecycle.number desc",
                        DocumentTemplate.class)
                .setParameter("kind", DocumentKind.KEY_ACCOUNT_DATABASE)
                .setParameter("active", LifecycleStatus.ACTIVE).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
        if (template == null) {
            return 0;
        }
        int filled = 0;
        Account airbus = account(em, "Airbus Helicopters");
        if (airbus != null && missing(em, airbus)) {
            airbusHelicopters(em, new KeyAccountDatabase(airbus, template), users);
            filled++;
        }
        Account thales = account(em, "Thales Alenia Space");
        if (thales != null && missing(em, thales)) {
            thalesAleniaSpace(em, new KeyAccountDatabase(thales, template), users);
            filled++;
        }
        return filled;
    }

    /** A buying criterion with its weight for the customer, our rating and the best competitor's (1–10). */
    private static Map<String, String> rated(String criterion, String weight, String ours, String best) {
        return Map.of(DefaultDatabaseTemplate.CRITERION_COLUMN, criterion, DefaultDatabaseTemplate.WEIGHT_COLUMN,
                weight, DefaultDatabaseTemplate.OUR_RATING, ours, DefaultDatabaseTemplate.BEST_COMPETITOR_RATING,
                best);
    }

    private static void airbusHelicopters(EntityManager em, KeyAccountDatabase db, Map<String, AppUser> users) {
        db.seed(DefaultDatabaseTemplate.CUSTOMER, new SectionInput()
                .value("businessModel", "<p>World leader in civil and military helicopters. Sells airframes, "
                        + "then earns over 40 % of revenue from <b>support and services</b> over 30-year fleets.</p>")
                .value("markets", "<ul><li>Civil and parapublic: emergency medical, police, offshore energy</li>"
                        + "<li>Military: NH90, H145M, Tiger</li><li>Growth in Asia-Pacific and the Middle East</li></ul>")
                .row("strategicPriorities", Map.of("priority", "Cut direct operating costs of the fleet by 15 %",
                        "horizon", "2028"))
                .row("strategicPriorities", Map.of("priority", "Certify the hybrid-electric demonstrator",
                        "horizon", "2030"))
                .row("strategicPriorities", Map.of("priority", "Secure the supply chain of critical electronics",
                        "horizon", "2027"))
                .value("employees", "22000")
                .row("keyFinancials", Map.of("year", "2024", "revenue", "7200000000", "operatingMargin", "8.1"))
                .row("keyFinancials", Map.of("year", "2025", "revenue", "7650000000", "operatingMargin", "8.6"))
                .value("environment", "<p>Defence budgets rise in Europe; sustainable aviation fuel mandates; "
                        + "export licences tighten.</p>"), "emma.kam");
        db.seed(DefaultDatabaseTemplate.NEEDS, new SectionInput()
                .value("expectations", "<p>Fewer obsolescence issues, longer component life, and a supplier that "
                        + "co-designs the next avionics generation.</p>")
                // Rated on the customer's criteria about where the KA Director's strength index puts Airbus.
                .row("buyingCriteria", rated("Reliability (MTBF)", "35", "8", "8"))
                .row("buyingCriteria", rated("Total cost of ownership", "30", "5", "7"))
                .row("buyingCriteria", rated("Delivery on time", "20", "9", "8"))
                .row("buyingCriteria", rated("Engineering support", "15", "7", "7"))
                .value("purchasingOrganisation", "HYBRID")
                .value("purchasingProcess", "<p>Central procurement in Marignane runs the tenders; programme "
                        + "engineering qualifies; the chief buyer signs above 5 M€.</p>")
                .row("offeringPositions", Map.of("offering", "Flight control computers", "position", "STRATEGIC"))
                .row("offeringPositions", Map.of("offering", "Harnesses", "position", "LEVERAGE"))
                .row("offeringPositions", Map.of("offering", "Rad-hard sensors", "position", "BOTTLENECK")),
                "emma.kam");
        db.seed(DefaultDatabaseTemplate.HISTORY, new SectionInput()
                .value("relationshipSince", "2009-03-01")
                .row("events", Map.of("date", "2019-06-17", "type", "CONTRACT",
                        "description", "Framework agreement for H160 avionics, 8 years"))
                .row("events", Map.of("date", "2023-11-08", "type", "INCIDENT",
                        "description", "Delivery delay on harness batch, 3 weeks"))
                .row("events", Map.of("date", "2025-02-12", "type", "SATISFACTION",
                        "description", "Supplier rating 82/100, up from 74"))
                .row("revenueByYear", Map.of("year", "2023", "revenue", "15800000"))
                .row("revenueByYear", Map.of("year", "2024", "revenue", "17100000"))
                .row("revenueByYear", Map.of("year", "2025", "revenue", "18400000")), "emma.kam");
        db.seed(DefaultDatabaseTemplate.COMPETITION, new SectionInput()
                .row("competitors", Map.of("competitor", "Collins Aerospace", "share", "35",
                        "strengths", "Installed base, US programmes", "weaknesses", "Slow engineering changes"))
                .row("competitors", Map.of("competitor", "Safran Electronics", "share", "25",
                        "strengths", "French sovereignty argument", "weaknesses", "Capacity constraints"))
                .value("competitiveSummary", "<p>We lead on reliability; we trail on price for commodity "
                        + "harnesses.</p>"), "emma.kam");
        em.persist(db);
        Stakeholder ceo = contact(em, db.getAccount(), "Bruno Even", "CEO", DecisionRole.DECISION_MAKER, 10,
                Attitude.NEUTRAL, null, users.get("emma.kam"), LocalDate.now().minusMonths(9));
        Stakeholder procurement = contact(em, db.getAccount(), "Claire Vidal", "Chief Procurement Officer",
                DecisionRole.DECISION_MAKER, 8, Attitude.OPPONENT, ceo, users.get("emma.kam"),
                LocalDate.now().minusMonths(2));
        contact(em, db.getAccount(), "Marc Olivier", "Head of avionics engineering", DecisionRole.INFLUENCER, 7,
                Attitude.SUPPORTER, ceo, users.get("tom.team"), LocalDate.now().minusWeeks(3));
        contact(em, db.getAccount(), "Sophie Laurent", "Category buyer, electronics", DecisionRole.GATEKEEPER, 5,
                Attitude.NEUTRAL, procurement, users.get("emma.kam"), LocalDate.now().minusMonths(1));
    }

    private static void thalesAleniaSpace(EntityManager em, KeyAccountDatabase db, Map<String, AppUser> users) {
        db.seed(DefaultDatabaseTemplate.CUSTOMER, new SectionInput()
                .value("businessModel", "<p>Builds satellites, orbital infrastructure and space exploration "
                        + "systems, mostly under fixed-price contracts with agencies and operators.</p>")
                .row("strategicPriorities", Map.of("priority", "Win constellation programmes with software-defined "
                        + "payloads", "horizon", "2028"))
                .row("strategicPriorities", Map.of("priority", "Halve satellite integration lead time",
                        "horizon", "2027")), "emma.kam");
        db.seed(DefaultDatabaseTemplate.NEEDS, new SectionInput()
                // Weak where this customer weighs most (space heritage): far below the KA Director's index, flagged.
                .row("buyingCriteria", rated("Space heritage", "40", "4", "9"))
                .row("buyingCriteria", rated("Price", "35", "6", "7"))
                .row("buyingCriteria", rated("Lead time", "25", "5", "6")), "emma.kam");
        db.seed(DefaultDatabaseTemplate.HISTORY, new SectionInput()
                .row("revenueByYear", Map.of("year", "2024", "revenue", "6900000"))
                .row("revenueByYear", Map.of("year", "2025", "revenue", "7300000")), "emma.kam");
        em.persist(db);
        contact(em, db.getAccount(), "Giulia Rossi", "VP Telecommunications", DecisionRole.DECISION_MAKER, 9,
                Attitude.SUPPORTER, null, users.get("emma.kam"), LocalDate.now().minusMonths(1));
    }

    private static Stakeholder contact(EntityManager em, Account account, String name, String title,
                                       DecisionRole role, int influence, Attitude attitude, Stakeholder reportsTo,
                                       AppUser owner, LocalDate lastContact) {
        Stakeholder contact = new Stakeholder(account, name);
        contact.setTitle(title);
        contact.setDecisionRole(role);
        contact.setInfluence(influence);
        contact.setAttitude(attitude);
        contact.setReportsTo(reportsTo);
        contact.setRelationshipOwner(owner);
        contact.setLastContact(lastContact);
        em.persist(contact);
        return contact;
    }

    /** The demo account of this name, if the demo company has it. */
    static Account account(EntityManager em, String name) {
        return em.createQuery("select a from Account a where a.name = :name", Account.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
    }

    private static boolean missing(EntityManager em, Account account) {
        return em.createQuery("select count(d) from KeyAccountDatabase d where d.account = :account", Long.class)
                .setParameter("account", account).getSingleResult() == 0;
    }
}
