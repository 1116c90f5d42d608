package com.kamplanner.whitespace;

import com.kamplanner.account.Account;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Test data: a whitespace map as the service would read it, built without a database (ids set as JPA would). */
public final class WhitespaceMaps {

    private WhitespaceMaps() {
    }

    /** Airbus Helicopters in EUR: two offerings × two buying centres, one cell of each valued state. */
    public static WhitespaceMap airbus() {
        Account account = withId(new Account("Airbus Helicopters", "Aerospace", "FR"), 7L);
        account.setRevenue(new BigDecimal("7200000000"), "EUR");
        OfferingCatalogue catalogue = new OfferingCatalogue(1);
        Offering harness = withId(catalogue.add("HARNESS", "Wiring harnesses", "Faisceaux électriques", true), 1L);
        Offering mro = withId(catalogue.add("MRO", "Repair and overhaul", "Réparation et révision", true), 2L);
        catalogue.add("OLD", "Retired line", "Ligne retirée", false);
        BuyingCentre marignane = withId(new BuyingCentre(account, 0, "Marignane"), 11L);
        BuyingCentre donauworth = withId(new BuyingCentre(account, 1, "Donauwörth"), 12L);
        List<String> competitors = List.of("Collins Aerospace");
        CellInput supplied = input(CellState.SUPPLIED, "4200000");
        CellInput open = input(CellState.OPEN, "1250000.50");
        open.setStage(OpportunityStage.QUALIFIED);
        open.setExpected(LocalDate.of(2026, 10, 31));
        CellInput held = input(CellState.COMPETITOR, null);
        held.setCompetitor("Collins Aerospace");
        List<WhitespaceCell> cells = List.of(
                WhitespaceCell.seeded(account, marignane, harness.getCode(), supplied, competitors, "emma.kam"),
                WhitespaceCell.seeded(account, donauworth, harness.getCode(), open, competitors, "emma.kam"),
                WhitespaceCell.seeded(account, marignane, mro.getCode(), held, competitors, "emma.kam"),
                WhitespaceCell.seeded(account, donauworth, "OLD", input(CellState.SUPPLIED, "99"), competitors,
                        "emma.kam"));
        return new WhitespaceMap(account, catalogue.activeOfferings(), List.of(marignane, donauworth), cells,
                competitors, true);
    }

    private static CellInput input(CellState state, String value) {
        CellInput input = new CellInput();
        input.setState(state);
        input.setValue(value == null ? null : new BigDecimal(value));
        return input;
    }

    private static <T> T withId(T entity, Long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
