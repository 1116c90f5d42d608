package com.kamplanner.template;

import com.kamplanner.platform.Bilingual;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A section of a template (for the Key Account Database, one of the four parts of the analysis): the unit that is
 * saved, granted to team members, measured for completeness and flagged when stale.
 */
@Entity
@Table(name = "template_section")
public class TemplateSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "template_section_seq", sequenceName = "template_section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "template_section_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private DocumentTemplate template;

    @Column(name = "section_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "label_fr", nullable = false, length = 200)
    private String labelFr;

    // Read for every loaded parent in one statement, not one per parent (issue 17, statements per page).
    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<TemplateField> fields = new ArrayList<>();

    @Version
    private long version;

    protected TemplateSection() {
    }

    public TemplateSection(String key, String labelEn, String labelFr) {
        this.key = key;
        this.labelEn = labelEn;
        this.labelFr = labelFr;
    }

    public TemplateSection add(TemplateField field) {
        if (field(field.getKey()).isPresent()) {
            throw new IllegalArgumentException("Duplicate field " + field.getKey());
        }
        field.attach(this, fields.size());
        fields.add(field);
        return this;
    }

    public void remove(String fieldKey) {
        fields.removeIf(f -> f.getKey().equals(fieldKey));
    }

    void attach(DocumentTemplate owner, int at) {
        this.template = owner;
        this.position = at;
    }

    TemplateSection copy() {
        TemplateSection copy = new TemplateSection(key, labelEn, labelFr);
        for (TemplateField field : fields) {
            copy.add(field.copy());
        }
        return copy;
    }

    public Optional<TemplateField> field(String fieldKey) {
        return fields.stream().filter(f -> f.getKey().equals(fieldKey)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public DocumentTemplate getTemplate() {
        return template;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
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

    public List<TemplateField> getFields() {
        return fields;
    }

    public long getVersion() {
        return version;
    }
}
