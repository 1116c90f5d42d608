package com.kamplanner.security;

import com.kamplanner.platform.BusinessRuleException;
import java.io.Serializable;
import java.time.Duration;

/**
 * Login throttling's thresholds, programme settings that the administrator changes (so that a test need not wait
 * a block out): how many failed logins one user name may have within the window before it is blocked; for how
 * many different user names one address may fail within the window before it is blocked (many names from one
 * address is password spraying, while a colleague's typos from a shared proxy stay well under it); the window;
 * and how long a block lasts, in seconds.
 */
public record ThrottleSettings(int userFailures, int addressNames, int windowMinutes, int blockSeconds)
        implements Serializable {

    public static final String USER_FAILURES = "login.throttle.user-failures";
    public static final String ADDRESS_NAMES = "login.throttle.address-names";
    public static final String WINDOW_MINUTES = "login.throttle.window-minutes";
    public static final String BLOCK_SECONDS = "login.throttle.block-seconds";

    public static final ThrottleSettings DEFAULTS = new ThrottleSettings(10, 30, 15, 900);

    public static final String INVALID = "security.throttling.invalid";

    /** Each threshold within its bounds, else a business error the administrator reads in their language. */
    public ThrottleSettings checked() {
        if (userFailures < 2 || userFailures > 1000 || addressNames < 2 || addressNames > 10_000
                || windowMinutes < 1 || windowMinutes > 1440 || blockSeconds < 5 || blockSeconds > 86_400) {
            throw new BusinessRuleException(INVALID);
        }
        return this;
    }

    public Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }

    public Duration block() {
        return Duration.ofSeconds(blockSeconds);
    }

    /** The failures (user names, for an address) that start a block. */
    public int threshold(BlockScope scope) {
        return scope == BlockScope.USER ? userFailures : addressNames;
    }
}
