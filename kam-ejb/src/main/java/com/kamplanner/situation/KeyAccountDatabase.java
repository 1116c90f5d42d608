package com.kamplanner.situation;

import com.kamplanner.account.Account;
import com.kamplanner.template.DocumentTemplate;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Key Account Database of one account: the template version it is filled from, and its sections' values.
 * Each section carries its own version, so that two people editing different sections never clash.
 */
@Entity
@Table(name = "ka_database")
public class KeyAccountDatabase implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "ka_database_seq", sequenceName = "ka_database_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ka_database_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id")
    private DocumentTemplate template;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @OneToMany(mappedBy = "database", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DatabaseSection> sections = new ArrayList<>();

    @Version
    private long version;

    protected KeyAccountDatabase() {
    }

    public KeyAccountDatabase(Account account, DocumentTemplate template) {
        this.account = account;
        this.template = template;
    }

    /** The stored section, created empty when missing. */
    public DatabaseSection section(String key) {
        return findSection(key).orElseGet(() -> {
            DatabaseSection section = new DatabaseSection(this, key);
            sections.add(section);
            return section;
        });
    }

    /**
     * Fills a section with values checked by {@link FieldValues#normalize}, outside the page's save path and its
     * history: for data that comes with the installation (the demo company), not from a user.
     */
    public void seed(String sectionKey, SectionInput input, String by) {
        DatabaseSection section = section(sectionKey);
        FieldValues.normalize(template.section(sectionKey).orElseThrow(), input).forEach(section::put);
        section.touch(by);
    }

    public Optional<DatabaseSection> findSection(String key) {
        return sections.stream().filter(s -> s.getKey().equals(key)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public DocumentTemplate getTemplate() {
        return template;
    }

    void moveTo(DocumentTemplate newTemplate) {
        this.template = newTemplate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<DatabaseSection> getSections() {
        return sections;
    }

    public long getVersion() {
        return version;
    }
}
