package com.kamplanner.web.security;

import com.kamplanner.security.ApiTokenRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A new API token as the page and {@code POST /api/me/tokens} send it, checked at the boundary with the bounds of
 * {@link ApiTokenRules}, which the service applies again. The expiry defaults to 90 days and the token to
 * read-only, the safer choice, when the request leaves them out.
 */
public class TokenForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{apiToken.name.required}")
    @Size(max = ApiTokenRules.NAME_LENGTH, message = "{apiToken.name.size}")
    private String name;

    @Min(value = ApiTokenRules.MIN_DAYS, message = "{apiToken.expiresInDays.range}")
    @Max(value = ApiTokenRules.MAX_DAYS, message = "{apiToken.expiresInDays.range}")
    private Integer expiresInDays = ApiTokenRules.DEFAULT_DAYS;

    private boolean readOnly = true;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }
}
