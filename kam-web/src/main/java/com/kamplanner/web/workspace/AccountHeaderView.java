package com.kamplanner.web.workspace;

import com.kamplanner.workspace.AccountHeader;
import com.kamplanner.workspace.AccountTab;
import com.kamplanner.workspace.AccountWorkspace;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs the account header include ({@code #{accountHeader.of(id)}}): the header read once per request from the
 * workspace service, which refuses a caller who may not read the account as the page itself does, and the links
 * of its tabs.
 */
@Named("accountHeader")
@RequestScoped
public class AccountHeaderView {

    @Inject
    AccountWorkspace workspace;

    private final Map<Long, AccountHeader> headers = new HashMap<>();

    /** The account's header; null when the page names no account (the page then shows its own error). */
    public AccountHeader of(Long accountId) {
        return accountId == null ? null : headers.computeIfAbsent(accountId, workspace::header);
    }

    public String href(AccountTab tab, long accountId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + AccountTabPages.path(tab, accountId);
    }
}
