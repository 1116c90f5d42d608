package com.kamplanner.template;

import com.kamplanner.platform.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** A typed column of a table field; a required column must be filled in every row. */
@Embeddable
public class TableColumn implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "column_key", nullable = false, length = 40)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "column_type", nullable = false, length = 20)
    private FieldType type;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "label_fr", nullable = false, length = 200)
    private String labelFr;

    @Column(nullable = false)
    private boolean required;

    @Column(length = 2000)
    private String choices;

    protected TableColumn() {
    }

    public TableColumn(String key, FieldType type, boolean required, String labelEn, String labelFr) {
        if (!type.fitsInColumn()) {
            throw new IllegalArgumentException("A table column cannot be " + type);
        }
        this.key = key;
        this.type = type;
        this.required = required;
        this.labelEn = labelEn;
        this.labelFr = labelFr;
    }

    public TableColumn withChoices(List<ChoiceOption> options) {
        this.choices = ChoiceOption.format(options);
        return this;
    }

    public String getKey() {
        return key;
    }

    public FieldType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String label(Locale locale) {
        return Bilingual.pick(locale, labelEn, labelFr);
    }

    public List<ChoiceOption> getChoiceOptions() {
        return ChoiceOption.parse(choices);
    }

    TableColumn copy() {
        TableColumn copy = new TableColumn(key, type, required, labelEn, labelFr);
        copy.choices = choices;
        return copy;
    }
}
