package com.kamplanner.web.security;

import com.kamplanner.security.ApiTokens;
import com.kamplanner.security.NewApiToken;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Backs {@code me/tokens.xhtml}: the caller's API tokens, a form for a new one, and the new token's text right
 * after it is created, the only time it can be shown (only its hash is kept). A page session is a password
 * login, so tokens are managed here or with HTTP Basic, never with a token.
 */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    @Inject
    PageMessages messages;

    private TokenForm form = new TokenForm();
    private List<TokenRow> rows;
    private String newToken;
    private String newTokenName;

    @PostConstruct
    void load() {
        Instant now = Instant.now();
        rows = tokens.mine().stream().map(t -> TokenRow.of(t, now)).toList();
    }

    public void create() {
        NewApiToken created = tokens.create(form.getName(), form.getExpiresInDays(), form.isReadOnly());
        newToken = created.token();
        newTokenName = created.name();
        form = new TokenForm();
        messages.info("tokens.created", created.name());
        load();
    }

    public void revoke(TokenRow row) {
        tokens.revokeMine(row.id());
        if (row.name().equals(newTokenName)) {
            newToken = null;
            newTokenName = null;
        }
        messages.info("tokens.revoked", row.name());
        load();
    }

    public TokenForm getForm() {
        return form;
    }

    public List<TokenRow> getRows() {
        return rows;
    }

    public String getNewToken() {
        return newToken;
    }

    public String getNewTokenName() {
        return newTokenName;
    }
}
