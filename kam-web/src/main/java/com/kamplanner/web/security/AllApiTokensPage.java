package com.kamplanner.web.security;

import com.kamplanner.security.ApiTokens;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Backs {@code admin/tokens.xhtml}: every person's API tokens, so that the administrator can revoke one that
 * leaked or belongs to someone who left. The service allows administrators only.
 */
@Named
@ViewScoped
public class AllApiTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    @Inject
    PageMessages messages;

    private List<TokenRow> rows;

    @PostConstruct
    void load() {
        Instant now = Instant.now();
        rows = tokens.all().stream().map(t -> TokenRow.of(t, now)).toList();
    }

    public void revoke(TokenRow row) {
        tokens.revoke(row.ownerId(), row.id());
        messages.info("tokens.admin.revoked", row.name(), row.owner());
        load();
    }

    public List<TokenRow> getRows() {
        return rows;
    }
}
