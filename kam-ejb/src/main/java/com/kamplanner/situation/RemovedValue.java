package com.kamplanner.situation;

import java.io.Serializable;

/**
 * A value kept in an account's database whose field the current template version no longer has. It is listed,
 * never silently dropped, so that the KAM can move it elsewhere.
 */
public class RemovedValue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sectionKey;
    private final String fieldKey;
    private final String value;

    public RemovedValue(String sectionKey, String fieldKey, String value) {
        this.sectionKey = sectionKey;
        this.fieldKey = fieldKey;
        this.value = value;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public String getValue() {
        return value;
    }

    /** The value as plain text (tags of rich text removed). */
    public String getPlainValue() {
        return RichText.plain(value);
    }
}
