package com.kamplanner.situation;

import java.io.Serializable;

/**
 * What is wrong with one value of a section: the field, the message key, and for a table cell the row (from 1)
 * and column, so that the page can show the message on the field in the reader's language.
 */
public class FieldProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String fieldKey;
    private final String messageKey;
    private final Integer row;
    private final String columnKey;

    public FieldProblem(String fieldKey, String messageKey, Integer row, String columnKey) {
        this.fieldKey = fieldKey;
        this.messageKey = messageKey;
        this.row = row;
        this.columnKey = columnKey;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Integer getRow() {
        return row;
    }

    public String getColumnKey() {
        return columnKey;
    }

    @Override
    public String toString() {
        return fieldKey + (row == null ? "" : "[" + row + "]." + columnKey) + ": " + messageKey;
    }
}
