package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.situation.Attitude;
import com.kamplanner.situation.DecisionRole;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.sponsorship.SponsorCounterpart;
import com.kamplanner.sponsorship.SponsorMeeting;
import com.kamplanner.strategy.ActionPlan;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Claire's executive sponsorships in the demo: Airbus Helicopters has a meeting history of three meetings with the
 * CEO as counterpart, one follow-up already an action plan of Emma's strategy and one waiting in Emma's work list;
 * Stellantis Powertrain's counterpart is a purchasing influencer, a mismatch of level; Siemens Healthineers' last
 * meeting was five months ago, overdue for a Strategic account. Seeded once: when no counterpart is named yet.
 */
final class DemoSponsorship {

    static final String WAITING_FOLLOW_UP = "Propose a quarterly blade qualification review with the COO's team";

    private DemoSponsorship() {
    }

    /** Returns how many meetings were logged now. */
    static int seed(EntityManager em, Map<String, AppUser> users) {
        if (em.createQuery("select count(c) from SponsorCounterpart c", Long.class).getSingleResult() > 0) {
            return 0;
        }
        AppUser claire = users.get("claire.exec");
        LocalDate today = LocalDate.now();
        int logged = 0;
        Account airbus = DemoDatabases.account(em, "Airbus Helicopters");
        if (airbus != null && claire.equals(airbus.getSponsor())) {
            Stakeholder ceo = stakeholder(em, airbus, "Bruno Even");
            Stakeholder engineering = stakeholder(em, airbus, "Marc Olivier");
            SponsorMeeting first = meeting(airbus, claire, today.minusMonths(7), "Introductory executive meeting at "
                    + "Marignane: the CEO presented the H160 ramp-up and his supplier consolidation plan.",
                    "We are on the short list of strategic suppliers for rotor systems.", ceo, users.get("emma.kam"));
            em.persist(first);
            SponsorMeeting second = meeting(airbus, claire, today.minusMonths(4), "Steering review with the CEO "
                    + "and the head of avionics engineering on blade reliability.", "Agreed on a joint reliability "
                    + "report; the CEO asked for a regular executive contact.", ceo, users.get("emma.kam"));
            if (engineering != null) {
                second.getCustomerAttendees().add(engineering);
            }
            second.getOurAttendees().add(users.get("tom.team"));
            ActionPlan twiceAYear = em.createQuery("select p from ActionPlan p where p.title like :title "
                    + "and p.programme.strategy.account = :account", ActionPlan.class)
                    .setParameter("title", "Executive sponsor meeting%").setParameter("account", airbus)
                    .getResultStream().findFirst().orElse(null);
            if (twiceAYear != null) {
                second.addFollowUp(twiceAYear.getTitle(), users.get("emma.kam"), today.minusMonths(2))
                        .turnedInto(twiceAYear, "emma.kam");
            }
            em.persist(second);
            SponsorMeeting last = meeting(airbus, claire, today.minusWeeks(3), "Met the COO at the Marignane "
                    + "site: agreed to review the H160 blade qualification plan together each quarter.",
                    "The COO will sponsor the second-source qualification on their side.", ceo,
                    users.get("emma.kam"));
            last.addFollowUp(WAITING_FOLLOW_UP, users.get("emma.kam"), today.plusWeeks(5));
            em.persist(last);
            if (ceo != null) {
                em.persist(new SponsorCounterpart(airbus, ceo, "claire.exec"));
            }
            logged += 3;
        }
        Account stellantis = DemoDatabases.account(em, "Stellantis Powertrain");
        if (stellantis != null && claire.equals(stellantis.getSponsor())) {
            Stakeholder buyer = new Stakeholder(stellantis, "Luca Bianchi");
            buyer.setTitle("Head of powertrain purchasing");
            buyer.setDecisionRole(DecisionRole.INFLUENCER);
            buyer.setInfluence(6);
            buyer.setAttitude(Attitude.NEUTRAL);
            buyer.setRelationshipOwner(users.get("hugo.kam"));
            buyer.setLastContact(today.minusMonths(2));
            em.persist(buyer);
            em.persist(meeting(stellantis, claire, today.minusMonths(2), "Quarterly meeting at Poissy on the "
                    + "e-powertrain sourcing round.", "Purchasing confirmed the timetable; no access to the "
                    + "programme director yet.", buyer, users.get("hugo.kam")));
            em.persist(new SponsorCounterpart(stellantis, buyer, "claire.exec"));
            logged++;
        }
        Account siemens = DemoDatabases.account(em, "Siemens Healthineers");
        if (siemens != null && claire.equals(siemens.getSponsor())) {
            em.persist(meeting(siemens, claire, today.minusMonths(5), "Dinner with the head of diagnostics "
                    + "operations in Erlangen.", null, null, users.get("lucas.kam")));
            logged++;
        }
        return logged;
    }

    private static SponsorMeeting meeting(Account account, AppUser sponsor, LocalDate date, String notes,
                                          String outcomes, Stakeholder customer, AppUser ours) {
        SponsorMeeting meeting = new SponsorMeeting(account, sponsor, date, notes);
        meeting.setOutcomes(outcomes);
        if (customer != null) {
            meeting.getCustomerAttendees().add(customer);
        }
        if (ours != null) {
            meeting.getOurAttendees().add(ours);
        }
        return meeting;
    }

    private static Stakeholder stakeholder(EntityManager em, Account account, String name) {
        List<Stakeholder> found = em.createQuery("select s from Stakeholder s where s.account = :account "
                + "and s.name = :name", Stakeholder.class).setParameter("account", account)
                .setParameter("name", name).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
