package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.whitespace.BuyingCentre;
import com.kamplanner.whitespace.CellInput;
import com.kamplanner.whitespace.CellState;
import com.kamplanner.whitespace.OfferingCatalogue;
import com.kamplanner.whitespace.OpportunityStage;
import com.kamplanner.whitespace.WhitespaceCell;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo company's catalogue of offerings (version 1, in force) and whitespace maps: Airbus Helicopters filled
 * (four buying centres, every cell set, competitors from its Database's competition part), Thales Alenia Space
 * (EUR) and Rolls-Royce Civil (GBP) in part, so that the portfolio view shows totals in two currencies.
 */
final class DemoWhitespace {

    private static final List<String> AIRBUS_COMPETITORS = List.of("Collins Aerospace", "Safran Electronics");

    private DemoWhitespace() {
    }

    /** Seeds what is missing; returns the number of maps filled. */
    static int seed(EntityManager em) {
        if (em.createQuery("select count(c) from OfferingCatalogue c", Long.class).getSingleResult() == 0) {
            OfferingCatalogue catalogue = new OfferingCatalogue(1);
            catalogue.add("AVIONICS", "Avionics systems", "Systèmes avioniques", true);
            catalogue.add("HARNESS", "Wiring harnesses", "Faisceaux électriques", true);
            catalogue.add("MRO", "Repair and overhaul", "Réparation et révision", true);
            catalogue.add("SPARES", "Spare parts", "Pièces de rechange", true);
            catalogue.add("ENGINEERING", "Engineering services", "Services d’ingénierie", true);
            catalogue.getLifecycle().activate(catalogue.notDraftKey());
            em.persist(catalogue);
        }
        int filled = 0;
        Account airbus = DemoDatabases.account(em, "Airbus Helicopters");
        if (airbus != null && missing(em, airbus)) {
            airbus(em, airbus);
            filled++;
        }
        Account thales = DemoDatabases.account(em, "Thales Alenia Space");
        if (thales != null && missing(em, thales)) {
            BuyingCentre cannes = centre(em, thales, 0, "Cannes satellites");
            BuyingCentre toulouse = centre(em, thales, 1, "Toulouse telecom");
            cell(em, thales, cannes, "HARNESS", supplied("2100000"), List.of());
            cell(em, thales, cannes, "AVIONICS", open("1500000", OpportunityStage.IDENTIFIED, 2027, 9), List.of());
            cell(em, thales, toulouse, "ENGINEERING", supplied("650000"), List.of());
            cell(em, thales, toulouse, "MRO", state(CellState.NOT_RELEVANT), List.of());
            filled++;
        }
        Account rollsRoyce = DemoDatabases.account(em, "Rolls-Royce Civil");
        if (rollsRoyce != null && missing(em, rollsRoyce)) {
            BuyingCentre derby = centre(em, rollsRoyce, 0, "Derby");
            cell(em, rollsRoyce, derby, "HARNESS", supplied("3400000"), List.of());
            cell(em, rollsRoyce, derby, "MRO", open("900000", OpportunityStage.PROPOSED, 2026, 12), List.of());
            filled++;
        }
        return filled;
    }

    private static void airbus(EntityManager em, Account airbus) {
        BuyingCentre marignane = centre(em, airbus, 0, "Marignane civil programmes");
        BuyingCentre donauworth = centre(em, airbus, 1, "Donauwörth military");
        BuyingCentre support = centre(em, airbus, 2, "Customer support");
        BuyingCentre albacete = centre(em, airbus, 3, "Albacete");
        cell(em, airbus, marignane, "AVIONICS", supplied("6800000"), AIRBUS_COMPETITORS);
        cell(em, airbus, marignane, "HARNESS", supplied("4200000"), AIRBUS_COMPETITORS);
        cell(em, airbus, marignane, "MRO", competitor("Collins Aerospace"), AIRBUS_COMPETITORS);
        cell(em, airbus, marignane, "SPARES", supplied("1900000"), AIRBUS_COMPETITORS);
        cell(em, airbus, marignane, "ENGINEERING", open("1200000", OpportunityStage.QUALIFIED, 2026, 10),
                AIRBUS_COMPETITORS);
        cell(em, airbus, donauworth, "AVIONICS", competitor("Safran Electronics"), AIRBUS_COMPETITORS);
        cell(em, airbus, donauworth, "HARNESS", supplied("2300000"), AIRBUS_COMPETITORS);
        cell(em, airbus, donauworth, "MRO", open("2500000", OpportunityStage.IDENTIFIED, 2027, 3),
                AIRBUS_COMPETITORS);
        cell(em, airbus, donauworth, "SPARES", state(CellState.UNKNOWN), AIRBUS_COMPETITORS);
        cell(em, airbus, donauworth, "ENGINEERING", state(CellState.NOT_RELEVANT), AIRBUS_COMPETITORS);
        cell(em, airbus, support, "AVIONICS", state(CellState.NOT_RELEVANT), AIRBUS_COMPETITORS);
        cell(em, airbus, support, "HARNESS", state(CellState.NOT_RELEVANT), AIRBUS_COMPETITORS);
        cell(em, airbus, support, "MRO", supplied("3100000"), AIRBUS_COMPETITORS);
        cell(em, airbus, support, "SPARES", open("1800000", OpportunityStage.PROPOSED, 2026, 6), AIRBUS_COMPETITORS);
        cell(em, airbus, support, "ENGINEERING", competitor("Collins Aerospace"), AIRBUS_COMPETITORS);
        cell(em, airbus, albacete, "AVIONICS", state(CellState.UNKNOWN), AIRBUS_COMPETITORS);
        cell(em, airbus, albacete, "HARNESS", open("700000", OpportunityStage.NEGOTIATING, 2026, 4),
                AIRBUS_COMPETITORS);
        cell(em, airbus, albacete, "MRO", state(CellState.NOT_RELEVANT), AIRBUS_COMPETITORS);
        cell(em, airbus, albacete, "SPARES", supplied("400000"), AIRBUS_COMPETITORS);
        cell(em, airbus, albacete, "ENGINEERING", state(CellState.UNKNOWN), AIRBUS_COMPETITORS);
    }

    private static CellInput state(CellState state) {
        CellInput input = new CellInput();
        input.setState(state);
        return input;
    }

    private static CellInput supplied(String value) {
        CellInput input = state(CellState.SUPPLIED);
        input.setValue(new BigDecimal(value));
        return input;
    }

    private static CellInput open(String value, OpportunityStage stage, int year, int month) {
        CellInput input = state(CellState.OPEN);
        input.setValue(new BigDecimal(value));
        input.setStage(stage);
        input.setExpected(LocalDate.of(year, month, 1).plusMonths(1).minusDays(1));
        return input;
    }

    private static CellInput competitor(String name) {
        CellInput input = state(CellState.COMPETITOR);
        input.setCompetitor(name);
        return input;
    }

    private static BuyingCentre centre(EntityManager em, Account account, int position, String name) {
        BuyingCentre centre = new BuyingCentre(account, position, name);
        em.persist(centre);
        return centre;
    }

    private static void cell(EntityManager em, Account account, BuyingCentre centre, String code, CellInput input,
                             List<String> competitors) {
        em.persist(WhitespaceCell.seeded(account, centre, code, input, competitors, "emma.kam"));
    }

    private static boolean missing(EntityManager em, Account account) {
        return em.createQuery("select count(b) from BuyingCentre b where b.account = :account", Long.class)
                .setParameter("account", account).getSingleResult() == 0;
    }
}
