package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.AttitudeChange;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.InfluenceKind;
import com.kamplanner.situation.InfluenceLine;
import com.kamplanner.situation.Relationship;
import com.kamplanner.situation.RelationshipStrength;
import com.kamplanner.situation.Stakeholder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The relationship coverage of the demo: Airbus Helicopters in full (Emma, Tom and the executive sponsor Claire
 * Dumont know its contacts; influence lines; Claire Vidal turned from neutral to opponent), and partly Thales Alenia
 * Space and Siemens Healthineers. Claire Vidal, a decision maker, is known well by Emma alone: the single-owner gap
 * that the journey closes by adding Tom's relationship. Idempotent: an account with relationships is left alone.
 */
final class DemoRelationships {

    private DemoRelationships() {
    }

    static int seed(EntityManager em, Map<String, AppUser> users) {
        int seeded = 0;
        AppUser emma = users.get("emma.kam");
        AppUser tom = users.get("tom.team");
        AppUser sponsor = users.get("claire.exec");
        Account airbus = account(em, "Airbus Helicopters");
        if (airbus != null && untouched(em, airbus)) {
            Stakeholder ceo = contact(em, airbus, "Bruno Even");
            Stakeholder procurement = contact(em, airbus, "Claire Vidal");
            Stakeholder engineering = contact(em, airbus, "Marc Olivier");
            Stakeholder buyer = contact(em, airbus, "Sophie Laurent");
            if (ceo != null && procurement != null && engineering != null && buyer != null) {
                LocalDate today = LocalDate.now();
                em.persist(new Relationship(ceo, emma, RelationshipStrength.REGULAR, today.minusMonths(2)));
                em.persist(new Relationship(ceo, sponsor, RelationshipStrength.TRUSTED, today.minusWeeks(6)));
                em.persist(new Relationship(procurement, emma, RelationshipStrength.TRUSTED, today.minusMonths(2)));
                em.persist(new Relationship(procurement, tom, RelationshipStrength.NONE, null));
                em.persist(new Relationship(engineering, tom, RelationshipStrength.TRUSTED, today.minusWeeks(3)));
                em.persist(new Relationship(engineering, emma, RelationshipStrength.REGULAR, today.minusMonths(1)));
                em.persist(new Relationship(buyer, emma, RelationshipStrength.REGULAR, today.minusMonths(1)));
                em.persist(new Relationship(buyer, tom, RelationshipStrength.ACQUAINTED, today.minusMonths(5)));
                em.persist(new InfluenceLine(airbus, engineering, ceo, InfluenceKind.INFLUENCES));
                em.persist(new InfluenceLine(airbus, buyer, procurement, InfluenceKind.ALLY));
                Instant now = Instant.now();
                history(em, ceo, null, Attitude.NEUTRAL, now.minus(300, ChronoUnit.DAYS));
                history(em, procurement, null, Attitude.NEUTRAL, now.minus(300, ChronoUnit.DAYS));
                history(em, procurement, Attitude.NEUTRAL, Attitude.OPPONENT, now.minus(60, ChronoUnit.DAYS));
                history(em, engineering, null, Attitude.SUPPORTER, now.minus(300, ChronoUnit.DAYS));
                history(em, buyer, null, Attitude.NEUTRAL, now.minus(300, ChronoUnit.DAYS));
                seeded++;
            }
        }
        Account thales = account(em, "Thales Alenia Space");
        Stakeholder rossi = thales == null ? null : contact(em, thales, "Giulia Rossi");
        if (rossi != null && untouched(em, thales)) {
            em.persist(new Relationship(rossi, emma, RelationshipStrength.TRUSTED, LocalDate.now().minusMonths(1)));
            history(em, rossi, null, Attitude.SUPPORTER, Instant.now().minus(200, ChronoUnit.DAYS));
            seeded++;
        }
        Account siemens = account(em, "Siemens Healthineers");
        if (siemens != null && untouched(em, siemens) && contact(em, siemens, "Jonas Keller") == null) {
            Stakeholder head = new Stakeholder(siemens, "Jonas Keller");
            head.setTitle("Head of service operations");
            head.setDecisionRole(DecisionRole.DECISION_MAKER);
            head.setInfluence(8);
            head.setAttitude(Attitude.SUPPORTER);
            head.setLastContact(LocalDate.now().minusMonths(4));
            em.persist(head);
            Stakeholder planner = new Stakeholder(siemens, "Lena Vogt");
            planner.setTitle("Spare parts planner");
            planner.setDecisionRole(DecisionRole.USER);
            planner.setInfluence(4);
            planner.setReportsTo(head);
            em.persist(planner);
            em.persist(new Relationship(head, tom, RelationshipStrength.ACQUAINTED, LocalDate.now().minusMonths(4)));
            em.persist(new Relationship(planner, tom, RelationshipStrength.TRUSTED, LocalDate.now().minusWeeks(2)));
            em.persist(new InfluenceLine(siemens, planner, head, InfluenceKind.INFLUENCES));
            em.persist(new AttitudeChange(head, null, Attitude.SUPPORTER, "lucas.kam",
                    Instant.now().minus(120, ChronoUnit.DAYS)));
            em.persist(new AttitudeChange(planner, null, Attitude.NEUTRAL, "lucas.kam",
                    Instant.now().minus(120, ChronoUnit.DAYS)));
            seeded++;
        }
        return seeded;
    }

    /** A row of the history of one of Emma's contacts. */
    private static void history(EntityManager em, Stakeholder stakeholder, Attitude previous, Attitude attitude,
                                Instant at) {
        em.persist(new AttitudeChange(stakeholder, previous, attitude, "emma.kam", at));
    }

    private static Stakeholder contact(EntityManager em, Account account, String name) {
        return em.createQuery("select s from Stakeholder s where s.account = :account and s.name = :name",
                        Stakeholder.class).setParameter("account", account).setParameter("name", name)
                .getResultStream().findFirst().orElse(null);
    }

    private static Account account(EntityManager em, String name) {
        return em.createQuery("select a from Account a where a.name = :name", Account.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
    }

    private static boolean untouched(EntityManager em, Account account) {
        return em.createQuery("select count(r) from Relationship r where r.stakeholder.account = :account",
                Long.class).setParameter("account", account).getSingleResult() == 0;
    }
}
