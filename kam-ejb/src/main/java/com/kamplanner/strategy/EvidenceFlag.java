package com.kamplanner.strategy;

import java.io.Serializable;
import java.util.List;

/**
 * "Evidence changed": a situation potential, TOWS option or strategic objective built on a cited field of the Key
 * Account Database that changed after it was cited. It stays until whoever may write the strategy confirms the
 * item (a potential takes the new values as its baseline) or edits it.
 */
public class EvidenceFlag implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What is flagged; each has a text {@code strategy.evidence.item.<name>} in the bundles. */
    public enum Item {
        POTENTIAL, OPTION, OBJECTIVE
    }

    private final Item item;
    private final Long itemId;
    private final long itemVersion;
    private final String title;
    private final List<EvidenceChange> changes;

    public EvidenceFlag(Item item, Long itemId, long itemVersion, String title, List<EvidenceChange> changes) {
        this.item = item;
        this.itemId = itemId;
        this.itemVersion = itemVersion;
        this.title = title;
        this.changes = List.copyOf(changes);
    }

    public Item getItem() {
        return item;
    }

    public Long getItemId() {
        return itemId;
    }

    public long getItemVersion() {
        return itemVersion;
    }

    /** The potential's statement, the option's statement or the objective's title. */
    public String getTitle() {
        return title;
    }

    public List<EvidenceChange> getChanges() {
        return changes;
    }

    /** The same flag with its changes as a reader sees them. */
    public EvidenceFlag withChanges(List<EvidenceChange> shown) {
        return new EvidenceFlag(item, itemId, itemVersion, title, shown);
    }

    @Override
    public String toString() {
        return item + "(" + title + ": " + changes.stream().map(EvidenceChange::getLabel).toList() + ")";
    }
}
