package com.kamplanner.situation;

import com.kamplanner.account.Account;
import com.kamplanner.template.DocumentTemplate;
import java.io.Serializable;
import java.util.List;

/**
 * An account's Key Account Database as the caller may see it: the template version, the visible sections with
 * their values, completeness against the segment's required level, values of fields the template no longer has,
 * and the caller's rights.
 */
public class DatabaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Account account;
    private final DocumentTemplate template;
    private final List<SectionView> sections;
    private final Completeness completeness;
    private final List<RemovedValue> removedValues;
    private final DatabaseRights rights;
    private final int reviewMonths;

    DatabaseView(Account account, DocumentTemplate template, List<SectionView> sections, Completeness completeness,
                 List<RemovedValue> removedValues, DatabaseRights rights, int reviewMonths) {
        this.account = account;
        this.template = template;
        this.sections = sections;
        this.completeness = completeness;
        this.removedValues = removedValues;
        this.rights = rights;
        this.reviewMonths = reviewMonths;
    }

    public Account getAccount() {
        return account;
    }

    public DocumentTemplate getTemplate() {
        return template;
    }

    public List<SectionView> getSections() {
        return sections;
    }

    public SectionView section(String key) {
        return sections.stream().filter(s -> s.getKey().equals(key)).findFirst().orElse(null);
    }

    public Completeness getCompleteness() {
        return completeness;
    }

    public List<RemovedValue> getRemovedValues() {
        return removedValues;
    }

    public DatabaseRights getRights() {
        return rights;
    }

    /** The segment's review period in months (0 when the account has no segment). */
    public int getReviewMonths() {
        return reviewMonths;
    }
}
