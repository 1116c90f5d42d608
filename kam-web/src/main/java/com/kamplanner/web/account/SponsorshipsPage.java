package com.kamplanner.web.account;

import com.kamplanner.account.Account;
import com.kamplanner.people.Role;
import com.kamplanner.segmentation.AssignmentService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code accounts/sponsorships.xhtml}: the executive sponsorship programme. An executive sees the accounts
 * they sponsor and can take on a key account that needs a sponsor; the KA Director sees which need one.
 */
@Named
@ViewScoped
public class SponsorshipsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentService assignments;

    @Inject
    SecurityContext security;

    @Inject
    PageMessages messages;

    private List<Account> mine;
    private List<Account> withoutSponsor;
    private boolean executive;

    @PostConstruct
    void load() {
        executive = security.isCallerInRole(Role.Names.EXECUTIVE);
        mine = executive ? assignments.sponsoredByMe() : List.of();
        withoutSponsor = assignments.withoutRequiredSponsor();
    }

    /** The calling executive becomes the account's sponsor. */
    public void sponsor(Account account) {
        assignments.takeOnSponsorship(account.getId());
        messages.info("sponsorships.taken", account.getName());
        load();
    }

    public void giveUp(Account account) {
        assignments.setSponsor(account.getId(), null);
        messages.info("sponsorships.givenUp", account.getName());
        load();
    }

    public List<Account> getMine() {
        return mine;
    }

    public List<Account> getWithoutSponsor() {
        return withoutSponsor;
    }

    public boolean isExecutive() {
        return executive;
    }
}
