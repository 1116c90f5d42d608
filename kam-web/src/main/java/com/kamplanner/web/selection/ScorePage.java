package com.kamplanner.web.selection;

import com.kamplanner.selection.CustomerStrength;

import com.kamplanner.account.AccountService;
import com.kamplanner.selection.CriteriaSet;
import com.kamplanner.selection.IndexLine;
import com.kamplanner.selection.ScoreEntry;
import com.kamplanner.selection.ScoreLine;
import com.kamplanner.selection.ScoringService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code selection/score.xhtml?account=}: the score sheet of one account against the active criteria
 * set, pre-filled with the latest scores. Unscored criteria stay empty; only the levels given are saved.
 */
@Named
@ViewScoped
public class ScorePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScoringService scoring;

    @Inject
    AccountService accounts;

    @Inject
    PageMessages messages;

    private Long account;
    private String accountName;
    private CriteriaSet criteriaSet;
    private final List<ScoreRow> rows = new ArrayList<>();
    private IndexLine index;
    private CustomerStrength customerStrength;

    /** Loads the sheet of the account named by the {@code account} view parameter. */
    public void load() {
        if (account == null) {
            return;
        }
        criteriaSet = scoring.sheetFor(account);
        accountName = accounts.find(account).getName();
        Map<Long, ScoreLine> latest = scoring.latestByLineage(account);
        rows.clear();
        criteriaSet.getCriteria().forEach(c -> rows.add(new ScoreRow(c, latest.get(c.lineage()))));
        index = scoring.indicesOf(account).stream().filter(i -> i.getSetNumber() == criteriaSet.getNumber())
                .findFirst().orElse(null);
        customerStrength = scoring.customerStrength(account);
    }

    /** Saves the levels given or changed; an unchanged score keeps who gave it and when. */
    public void save() {
        List<ScoreEntry> entries = rows.stream().filter(r -> r.getLevel() != null && r.isChanged(criteriaSet))
                .map(r -> new ScoreEntry(r.getCriterion().getId(), r.getLevel(), r.getComment())).toList();
        if (entries.isEmpty()) {
            messages.info("score.unchanged");
            return;
        }
        index = scoring.score(account, entries);
        messages.info("score.saved", entries.size());
        load();
    }

    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public String getAccountName() {
        return accountName;
    }

    public CriteriaSet getCriteriaSet() {
        return criteriaSet;
    }

    public List<ScoreRow> getRows() {
        return rows;
    }

    public IndexLine getIndex() {
        return index;
    }

    /** Our strength on the customer's own buying criteria, beside the KA Director's index. */
    public CustomerStrength getCustomerStrength() {
        return customerStrength;
    }
}
