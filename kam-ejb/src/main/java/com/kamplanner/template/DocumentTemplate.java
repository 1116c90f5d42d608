package com.kamplanner.template;

import com.kamplanner.platform.Lifecycle;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.Versioned;
import com.kamplanner.selection.Quadrant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A version of the template of a supporting document, which the KA Director adapts and validates: a list of
 * sections of typed fields. Versions go draft → active → archived; only a draft can be edited, and at most one
 * version is active per segment (or for all segments, when {@link #getSegment()} is null).
 */
@Entity
@Table(name = "document_template")
public class DocumentTemplate implements Serializable, Versioned {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "document_template_seq", sequenceName = "document_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_template_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentKind kind;

    @Column(nullable = false, length = 120)
    private String name;

    @Embedded
    @AttributeOverride(name = "number", column = @Column(name = "template_number", nullable = false))
    private Lifecycle lifecycle;

    /** The segment this version is for; null for all segments. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Quadrant segment;

    // Read for every loaded parent in one statement, not one per parent (issue 17, statements per page).
    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<TemplateSection> sections = new ArrayList<>();

    @Version
    private long version;

    protected DocumentTemplate() {
    }

    public DocumentTemplate(DocumentKind kind, int number, String name) {
        this.kind = kind;
        this.lifecycle = new Lifecycle(number);
        this.name = name;
    }

    public DocumentTemplate add(TemplateSection section) {
        if (section(section.getKey()).isPresent()) {
            throw new IllegalArgumentException("Duplicate section " + section.getKey());
        }
        section.attach(this, sections.size());
        sections.add(section);
        return this;
    }

    /** A new draft with the same sections and fields, for the KA Director to adapt. */
    public DocumentTemplate copyAsDraft(int newNumber, String newName) {
        DocumentTemplate copy = new DocumentTemplate(kind, newNumber, newName);
        copy.segment = segment;
        for (TemplateSection section : sections) {
            copy.add(section.copy());
        }
        return copy;
    }

    public Optional<TemplateSection> section(String key) {
        return sections.stream().filter(s -> s.getKey().equals(key)).findFirst();
    }

    public Optional<TemplateField> field(String sectionKey, String fieldKey) {
        return section(sectionKey).flatMap(s -> s.field(fieldKey));
    }

    public void activate() {
        lifecycle.activate(notDraftKey());
    }

    public void archive() {
        lifecycle.archive();
    }

    public boolean isDraft() {
        return lifecycle.isDraft();
    }

    @Override
    public Long getId() {
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getNumber() {
        return lifecycle.getNumber();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LifecycleStatus getStatus() {
        return lifecycle.getStatus();
    }

    public Quadrant getSegment() {
        return segment;
    }

    public void setSegment(Quadrant segment) {
        this.segment = segment;
    }

    public Instant getCreatedAt() {
        return lifecycle.getCreatedAt();
    }

    public Instant getActivatedAt() {
        return lifecycle.getActivatedAt();
    }

    public List<TemplateSection> getSections() {
        return sections;
    }

    @Override
    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    @Override
    public String notDraftKey() {
        return TemplateService.NOT_DRAFT;
    }

    public long getVersion() {
        return version;
    }
}
