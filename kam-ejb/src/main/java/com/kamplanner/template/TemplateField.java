package com.kamplanner.template;

import com.kamplanner.platform.Bilingual;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A field of a template section: its key (stable across template versions, so values follow it), type, labels,
 * whether it is mandatory for completeness, and its options (choice lists) or columns (tables).
 */
@Entity
@Table(name = "template_field")
public class TemplateField implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "template_field_seq", sequenceName = "template_field_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "template_field_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private TemplateSection section;

    @Column(name = "field_key", nullable = false, length = 40)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 20)
    private FieldType type;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "label_fr", nullable = false, length = 200)
    private String labelFr;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(length = 2000)
    private String choices;

    // Read for every loaded parent in one statement, not one per parent (issue 17, statements per page).
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "template_column", joinColumns = @JoinColumn(name = "field_id"))
    @OrderColumn(name = "position")
    private List<TableColumn> columns = new ArrayList<>();

    @Version
    private long version;

    protected TemplateField() {
    }

    public TemplateField(String key, FieldType type, boolean mandatory, String labelEn, String labelFr) {
        this.key = key;
        this.type = type;
        this.mandatory = mandatory;
        this.labelEn = labelEn;
        this.labelFr = labelFr;
    }

    public TemplateField withChoices(List<ChoiceOption> options) {
        this.choices = ChoiceOption.format(options);
        return this;
    }

    /** Columns added at the end, for a new template version (issue 18: the buying criteria's ratings). */
    void addColumns(List<TableColumn> more) {
        columns.addAll(more);
    }

    public TemplateField withColumns(TableColumn... tableColumns) {
        this.columns = new ArrayList<>(List.of(tableColumns));
        return this;
    }

    void attach(TemplateSection owner, int at) {
        this.section = owner;
        this.position = at;
    }

    TemplateField copy() {
        TemplateField copy = new TemplateField(key, type, mandatory, labelEn, labelFr);
        copy.choices = choices;
        for (TableColumn column : columns) {
            copy.columns.add(column.copy());
        }
        return copy;
    }

    public Long getId() {
        return id;
    }

    public TemplateSection getSection() {
        return section;
    }

    public String getKey() {
        return key;
    }

    public FieldType getType() {
        return type;
    }

    public int getPosition() {
        return position;
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

    public String label(Locale locale) {
        return Bilingual.pick(locale, labelEn, labelFr);
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public List<ChoiceOption> getChoiceOptions() {
        return ChoiceOption.parse(choices);
    }

    public List<TableColumn> getColumns() {
        return columns;
    }

    public boolean isTable() {
        return type == FieldType.TABLE;
    }

    public long getVersion() {
        return version;
    }
}
