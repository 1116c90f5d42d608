package com.kamplanner.web.navigation;

import com.kamplanner.web.security.Caller;
import java.util.function.Predicate;

/**
 * One link of the menu: its element id (the tests' {@code menu:<id>}), its label's bundle key, the view it opens
 * and who sees it, by the caller's roles.
 */
public record MenuItem(String id, String labelKey, String viewId, Predicate<Caller> shownTo) {

    public boolean isShownTo(Caller caller) {
        return shownTo.test(caller);
    }

    // Bean getters for the page: Jakarta EL 5 does not read record components as properties.

    public String getId() {
        return id;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getViewId() {
        return viewId;
    }
}
