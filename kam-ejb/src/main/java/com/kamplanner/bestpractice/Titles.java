package com.kamplanner.bestpractice;

import com.kamplanner.plan.PlanVersion;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.Strategy;
import java.time.LocalDate;

/**
 * The item's title in the library and in the marking form, in words that read the same in English and French:
 * the plan's version and period, the strategy's orientation statement (or its vision), the programme's name.
 */
final class Titles {

    private Titles() {
    }

    static String of(PlanVersion version) {
        return plan(version.getNumber(), version.getPeriodStart(), version.getPeriodEnd());
    }

    static String plan(int number, LocalDate start, LocalDate end) {
        return "Plan v" + number + " (" + start + " → " + end + ")";
    }

    static String of(Strategy strategy) {
        String statement = strategy.getOrientation().getStatement();
        String text = statement != null && !statement.isBlank() ? statement
                : strategy.getVision() != null && !strategy.getVision().isBlank() ? strategy.getVision() : "—";
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }

    static String of(ActionProgramme programme) {
        return programme.getName();
    }
}
