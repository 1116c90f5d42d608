package com.kamplanner.web.navigation;

import com.kamplanner.web.security.Caller;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One top-level group of the menu: its items, and the views it holds without a link of their own (an account's
 * pages are reached from the portfolio, so they belong to the accounts group).
 */
public record MenuGroup(String id, String labelKey, List<MenuItem> items, Set<String> alsoHolds) {

    public MenuGroup {
        items = List.copyOf(items);
        alsoHolds = Set.copyOf(alsoHolds);
    }

    /** True when the view is one of the group's items or one of the pages it holds. */
    public boolean holds(String viewId) {
        return alsoHolds.contains(viewId) || item(viewId).isPresent();
    }

    public Optional<MenuItem> item(String viewId) {
        return items.stream().filter(i -> i.viewId().equals(viewId)).findFirst();
    }

    /** The group with only the items the caller sees; empty when the caller sees none of them. */
    public Optional<MenuGroup> shownTo(Caller caller) {
        List<MenuItem> shown = items.stream().filter(i -> i.isShownTo(caller)).toList();
        return shown.isEmpty() ? Optional.empty() : Optional.of(new MenuGroup(id, labelKey, shown, alsoHolds));
    }

    // Bean getters for the page: Jakarta EL 5 does not read record components as properties.

    public String getId() {
        return id;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public List<MenuItem> getItems() {
        return items;
    }
}
