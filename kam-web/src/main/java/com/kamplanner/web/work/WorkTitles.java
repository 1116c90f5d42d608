package com.kamplanner.web.work;

import com.kamplanner.platform.Formats;
import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.work.WorkItem;
import java.time.Instant;
import java.util.Locale;

/**
 * A work item's title in the reader's language: the bundle's {@code work.<KIND>} with the item's arguments, a
 * moment ({@link Instant}) written by {@link Formats#dateTime(Instant)}.
 */
public final class WorkTitles {

    private WorkTitles() {
    }

    public static String title(WorkItem item, Locale locale) {
        Formats formats = Formats.of(locale);
        return Bundle.text(locale, item.titleKey(), item.titleArgs().stream()
                .map(a -> a instanceof Instant moment ? formats.dateTime(moment) : a).toArray());
    }
}
