package com.kamplanner.web.home;

import com.kamplanner.account.AccountService;
import com.kamplanner.account.AccountSummary;
import com.kamplanner.people.Role;
import com.kamplanner.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code index.xhtml}: the caller's roles in programme order and, for portfolio roles, their accounts. */
@Named
@RequestScoped
public class HomePage {

    /** How many accounts the home page lists before pointing to the portfolio. */
    static final int ACCOUNTS_SHOWN = 12;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    private List<Role> roles;
    private List<AccountSummary> myAccounts = List.of();
    private long accountCount;

    @PostConstruct
    void load() {
        roles = caller.getRoles();
        if (isSeesAccounts()) {
            myAccounts = accounts.visibleAccounts(0, ACCOUNTS_SHOWN);
            accountCount = accounts.countVisibleAccounts();
        }
    }

    public boolean isSeesAccounts() {
        return roles.contains(Role.KAM) || roles.contains(Role.KA_DIRECTOR) || roles.contains(Role.EXECUTIVE);
    }

    public List<Role> getRoles() {
        return roles;
    }

    public List<AccountSummary> getMyAccounts() {
        return myAccounts;
    }

    public long getAccountCount() {
        return accountCount;
    }
}
