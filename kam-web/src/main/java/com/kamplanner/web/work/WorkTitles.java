package com.kamplanner.web.work;

import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.work.WorkItem;
import java.util.Locale;

/** A work item's title in the reader's language: the bundle's {@code work.<KIND>} with the item's arguments. */
public final class WorkTitles {

    private WorkTitles() {
    }

    public static String title(WorkItem item, Locale locale) {
        return Bundle.text(locale, item.titleKey(), item.titleArgs().toArray());
    }
}
