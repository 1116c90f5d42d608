package com.kamplanner.web.account;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountService;
import com.kamplanner.selection.IndexLine;
import com.kamplanner.selection.ScoreLine;
import com.kamplanner.selection.ScoringService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code accounts/account.xhtml?id=}: one account, read-only, with its indices and scores under every
 * criteria set version. {@code AccountService.find} refuses an account that is not the caller's to see.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    ScoringService scoring;

    private Long id;
    private Account account;
    private String kamName;
    private List<IndexLine> indices = List.of();
    private List<ScoreLine> scores = List.of();

    /** Loads the account named by the {@code id} view parameter. */
    public void load() {
        if (id == null) {
            return;
        }
        account = accounts.find(id);
        kamName = account.getKam() == null ? null : account.getKam().getDisplayName();
        indices = scoring.indicesOf(id);
        scores = scoring.scoresOf(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getAccount() {
        return account;
    }

    public String getKamName() {
        return kamName;
    }

    public List<IndexLine> getIndices() {
        return indices;
    }

    public List<ScoreLine> getScores() {
        return scores;
    }
}
