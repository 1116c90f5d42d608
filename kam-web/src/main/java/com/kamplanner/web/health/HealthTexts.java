package com.kamplanner.web.health;

import com.kamplanner.account.RelationshipStage;
import com.kamplanner.health.ComponentValue;
import com.kamplanner.health.HealthComponent;
import com.kamplanner.web.i18n.Bundle;
import java.util.Locale;

/**
 * The words of account health in the reader's language, shared by the account page and the API: a component's
 * name, and the fact behind its value ({@code health.fact.COMPONENT} with its facts, or
 * {@code health.missing.COMPONENT} when it is unknown), so that "2 of 5 action plans late" reads the same in both.
 */
public final class HealthTexts {

    private HealthTexts() {
    }

    public static String name(HealthComponent component, Locale locale) {
        return Bundle.text(locale, "health.component." + component.name());
    }

    public static String fact(ComponentValue c, Locale locale) {
        if (!c.isKnown()) {
            return Bundle.text(locale, "health.missing." + c.getComponent().name());
        }
        return switch (c.getComponent()) {
            case RELATIONSHIP_STAGE -> Bundle.text(locale, "health.fact.RELATIONSHIP_STAGE", stage(c.getFactA(), locale),
                    stage(c.getFactB(), locale), c.getFactC());
            case SPONSOR_ENGAGEMENT -> c.getFactA() == null
                    ? Bundle.text(locale, c.getFactC() != null && c.getFactC() == 0 ? "health.fact.SPONSOR_ENGAGEMENT.none"
                    : "health.fact.SPONSOR_ENGAGEMENT.never", c.getFactB())
                    : Bundle.text(locale, "health.fact.SPONSOR_ENGAGEMENT", c.getFactA(), c.getFactB());
            case ACTION_PROGRESS -> c.getFactC() == null || c.getFactC() == 0
                    ? Bundle.text(locale, "health.fact.ACTION_PROGRESS", c.getFactA(), c.getFactB())
                    : Bundle.text(locale, "health.fact.ACTION_PROGRESS.behind", c.getFactA(), c.getFactB(), c.getFactC());
            default -> Bundle.text(locale, "health.fact." + c.getComponent().name(), c.getFactA(), c.getFactB(),
                    c.getFactC());
        };
    }

    private static String stage(Integer ordinal, Locale locale) {
        return ordinal == null ? "" : Bundle.text(locale, "stage." + RelationshipStage.values()[ordinal].name());
    }
}
