package com.kamplanner.strategy;

import java.io.Serializable;
import java.time.Instant;

/**
 * One cited field of the Key Account Database whose value is no longer the one cited: the citation (label, link,
 * baseline and when it was taken) and the value now. The texts are the stored forms until {@link #shown} gives the
 * reader's forms (or hides both when the reader may not see the field's section).
 */
public class EvidenceChange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Citation citation;
    private final String newValue;
    private final String oldText;
    private final String newText;
    private final boolean visible;

    EvidenceChange(Citation citation, String newValue) {
        this(citation, newValue, citation.getCitedValue(), newValue, true);
    }

    private EvidenceChange(Citation citation, String newValue, String oldText, String newText, boolean visible) {
        this.citation = citation;
        this.newValue = newValue;
        this.oldText = oldText;
        this.newText = newText;
        this.visible = visible;
    }

    /** The same change with the texts a reader sees; {@code visible} false hides both values. */
    public EvidenceChange shown(String oldText, String newText, boolean visible) {
        return new EvidenceChange(citation, newValue, visible ? oldText : null, visible ? newText : null, visible);
    }

    public Citation getCitation() {
        return citation;
    }

    public String getLabel() {
        return citation.getLabel();
    }

    public String getLink() {
        return citation.getLink();
    }

    public String getSectionKey() {
        return citation.getSectionKey();
    }

    public String getFieldKey() {
        return citation.getFieldKey();
    }

    /** The stored value when cited; null for a blank field. */
    public String getOldValue() {
        return citation.getCitedValue();
    }

    /** The stored value now; null for a blank field. */
    public String getNewValue() {
        return newValue;
    }

    public Instant getCitedAt() {
        return citation.getCitedAt();
    }

    public String getOldText() {
        return oldText;
    }

    public String getNewText() {
        return newText;
    }

    /** False when the reader may not see the cited section: the values are not shown. */
    public boolean isVisible() {
        return visible;
    }
}
