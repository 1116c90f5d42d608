package com.kamplanner.template;

import com.kamplanner.selection.Quadrant;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
public class DocumentTemplate implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a version is in its life. */
    public enum Status { DRAFT, ACTIVE, ARCHIVED }

    @Id
    @SequenceGenerator(name = "document_template_seq", sequenceName = "document_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_template_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentKind kind;

    @Column(name = "template_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.DRAFT;

    /** The segment this version is for; null for all segments. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Quadrant segment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "activated_at")
    private Instant activatedAt;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<TemplateSection> sections = new ArrayList<>();

    @Version
    private long version;

    protected DocumentTemplate() {
    }

    public DocumentTemplate(DocumentKind kind, int number, String name) {
        this.kind = kind;
        this.number = number;
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
        status = Status.ACTIVE;
        activatedAt = Instant.now();
    }

    public void archive() {
        status = Status.ARCHIVED;
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Status getStatus() {
        return status;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public void setSegment(Quadrant segment) {
        this.segment = segment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public List<TemplateSection> getSections() {
        return sections;
    }

    public long getVersion() {
        return version;
    }
}
