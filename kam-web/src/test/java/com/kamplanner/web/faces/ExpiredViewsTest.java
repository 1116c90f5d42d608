package com.kamplanner.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpiredViewsTest {

    @Test
    void backToThePageThePostCameFromWithItsParameters() {
        assertEquals("/kam/account.xhtml?id=12&expired=true", ExpiredViews.redirectTarget("/kam", "/account.xhtml",
                "https://kam.example.com/kam/account.xhtml?id=12"));
        assertEquals("/account.xhtml?id=12&expired=true", ExpiredViews.redirectTarget("", "/account.xhtml",
                "http://localhost:8080/account.xhtml?id=12&expired=true"));
    }

    @Test
    void neverToAnotherApplicationOrHostOnlyToThisOnesPath() {
        assertEquals("/kam/plan.xhtml?expired=true", ExpiredViews.redirectTarget("/kam", "/plan.xhtml",
                "https://evil.example.org/phish"));
        assertEquals("/kam/plan.xhtml?expired=true", ExpiredViews.redirectTarget("/kam", "/plan.xhtml",
                "https://kam.example.com/kam/../other/x"));
        assertEquals("/kam/account.xhtml?id=3&expired=true", ExpiredViews.redirectTarget("/kam", "/plan.xhtml",
                "https://evil.example.org/kam/account.xhtml?id=3"));
    }

    @Test
    void theExpiredViewItselfWithoutAReferer() {
        assertEquals("/login.xhtml?expired=true", ExpiredViews.redirectTarget("", "/login.xhtml", null));
        assertEquals("/index.xhtml?expired=true", ExpiredViews.redirectTarget("", null, "not a uri ::"));
    }
}
