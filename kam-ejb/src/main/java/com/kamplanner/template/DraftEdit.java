package com.kamplanner.template;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The KA Director's changes to a draft template, applied in one go: its name and segment, each field's labels and
 * mandatory flag, the fields removed and the fields added. The page edits one of these, never the entities.
 */
public class DraftEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Quadrant segment;
    private final List<FieldEdit> fields = new ArrayList<>();

    /** One field of the draft as edited; {@code added} for a new one, {@code removed} to drop it. */
    public static class FieldEdit implements Serializable {

        private static final long serialVersionUID = 1L;

        private String sectionKey;
        private String fieldKey;
        private FieldType type;
        private String labelEn;
        private String labelFr;
        private boolean mandatory;
        private boolean removed;
        private boolean added;

        public static FieldEdit of(String sectionKey, TemplateField field) {
            FieldEdit edit = new FieldEdit();
            edit.sectionKey = sectionKey;
            edit.fieldKey = field.getKey();
            edit.type = field.getType();
            edit.labelEn = field.getLabelEn();
            edit.labelFr = field.getLabelFr();
            edit.mandatory = field.isMandatory();
            return edit;
        }

        public static FieldEdit added(String sectionKey, String fieldKey, FieldType type, String labelEn,
                                      String labelFr, boolean mandatory) {
            FieldEdit edit = new FieldEdit();
            edit.sectionKey = sectionKey;
            edit.fieldKey = fieldKey;
            edit.type = type;
            edit.labelEn = labelEn;
            edit.labelFr = labelFr;
            edit.mandatory = mandatory;
            edit.added = true;
            return edit;
        }

        public String getSectionKey() {
            return sectionKey;
        }

        public String getFieldKey() {
            return fieldKey;
        }

        public FieldType getType() {
            return type;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public String getLabelFr() {
            return labelFr;
        }

        public void setLabelFr(String labelFr) {
            this.labelFr = labelFr;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public void setMandatory(boolean mandatory) {
            this.mandatory = mandatory;
        }

        public boolean isRemoved() {
            return removed;
        }

        public void setRemoved(boolean removed) {
            this.removed = removed;
        }

        public boolean isAdded() {
            return added;
        }
    }

    public static DraftEdit of(DocumentTemplate template) {
        DraftEdit edit = new DraftEdit();
        edit.name = template.getName();
        edit.segment = template.getSegment();
        for (TemplateSection section : template.getSections()) {
            for (TemplateField field : section.getFields()) {
                edit.fields.add(FieldEdit.of(section.getKey(), field));
            }
        }
        return edit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public void setSegment(Quadrant segment) {
        this.segment = segment;
    }

    public List<FieldEdit> getFields() {
        return fields;
    }
}
