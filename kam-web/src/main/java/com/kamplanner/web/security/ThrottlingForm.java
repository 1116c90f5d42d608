package com.kamplanner.web.security;

import com.kamplanner.security.ThrottleSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * Login throttling's settings as the administrator edits them, checked at the boundary with the same bounds as
 * {@link ThrottleSettings#checked()}, which the service applies again for the API.
 */
public class ThrottlingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{security.throttling.invalid}")
    @Min(value = 2, message = "{security.throttling.invalid}")
    @Max(value = 1000, message = "{security.throttling.invalid}")
    private Integer userFailures;

    @NotNull(message = "{security.throttling.invalid}")
    @Min(value = 2, message = "{security.throttling.invalid}")
    @Max(value = 10_000, message = "{security.throttling.invalid}")
    private Integer addressNames;

    @NotNull(message = "{security.throttling.invalid}")
    @Min(value = 1, message = "{security.throttling.invalid}")
    @Max(value = 1440, message = "{security.throttling.invalid}")
    private Integer windowMinutes;

    @NotNull(message = "{security.throttling.invalid}")
    @Min(value = 5, message = "{security.throttling.invalid}")
    @Max(value = 86_400, message = "{security.throttling.invalid}")
    private Integer blockSeconds;

    void show(ThrottleSettings settings) {
        userFailures = settings.userFailures();
        addressNames = settings.addressNames();
        windowMinutes = settings.windowMinutes();
        blockSeconds = settings.blockSeconds();
    }

    ThrottleSettings settings() {
        return new ThrottleSettings(userFailures, addressNames, windowMinutes, blockSeconds);
    }

    public Integer getUserFailures() {
        return userFailures;
    }

    public void setUserFailures(Integer userFailures) {
        this.userFailures = userFailures;
    }

    public Integer getAddressNames() {
        return addressNames;
    }

    public void setAddressNames(Integer addressNames) {
        this.addressNames = addressNames;
    }

    public Integer getWindowMinutes() {
        return windowMinutes;
    }

    public void setWindowMinutes(Integer windowMinutes) {
        this.windowMinutes = windowMinutes;
    }

    public Integer getBlockSeconds() {
        return blockSeconds;
    }

    public void setBlockSeconds(Integer blockSeconds) {
        this.blockSeconds = blockSeconds;
    }
}
