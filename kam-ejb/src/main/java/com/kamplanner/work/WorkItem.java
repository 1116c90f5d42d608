package com.kamplanner.work;

import com.kamplanner.plan.FollowUpRow;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One thing a person has to do: its kind, the account it is about (null for programme-wide work), the arguments of
 * its title (the text itself is the bundle's {@code work.<KIND>}, in the reader's language), when it is due and
 * since when it waits (either may be null), and the page where it is done, relative to the application root. An
 * action plan's item also carries its follow-up row, so that the home page updates it in place.
 *
 * @param titleArgs  strings and numbers, which the bundle's pattern formats
 * @param actionPlan the action plan's follow-up row, for the in-place update; null for other kinds
 * @param variant    for a kind whose title depends on what it counts (a congruence rule), the name that ends its
 *                   title key ({@code work.<KIND>.<variant>}); null for the others
 */
public record WorkItem(WorkKind kind, Long accountId, List<Object> titleArgs, LocalDate due, LocalDate since,
                       String url, FollowUpRow actionPlan, String variant) implements Serializable {

    public WorkItem {
        titleArgs = List.copyOf(titleArgs);
    }

    public WorkItem(WorkKind kind, Long accountId, List<Object> titleArgs, LocalDate due, LocalDate since,
                    String url, FollowUpRow actionPlan) {
        this(kind, accountId, titleArgs, due, since, url, actionPlan, null);
    }

    /** The bundle key of the title. */
    public String titleKey() {
        return "work." + kind.name() + (variant == null ? "" : "." + variant);
    }
}
