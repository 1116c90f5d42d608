package com.kamplanner.web.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.workspace.AccountTab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every tab of the account header opens an existing page, naming the account the way that page reads it. */
class AccountTabPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void everyTabOpensAPageThatReadsTheAccountParameterItIsGiven() throws IOException {
        for (AccountTab tab : AccountTab.values()) {
            String path = AccountTabPages.path(tab, 42);
            Path page = WEBAPP.resolve(path.substring(1, path.indexOf('?')));
            assertTrue(Files.exists(page), path);
            String parameter = path.substring(path.indexOf('?') + 1, path.indexOf('='));
            assertTrue(Files.readString(page).contains("<f:viewParam name=\"" + parameter + "\""),
                    page + " reads ?" + parameter);
            assertTrue(path.endsWith("=42"), path);
        }
    }

    @Test
    void theOverviewIsTheAccountPageAndTheTeamPageIsThePlansFollowUp() {
        assertEquals("/accounts/account.xhtml?id=7", AccountTabPages.path(AccountTab.OVERVIEW, 7));
        assertEquals("/plan/team.xhtml?account=7", AccountTabPages.path(AccountTab.TEAM, 7));
    }

    @Test
    void everyPageOfATabShowsTheAccountHeaderWithItsOwnTabCurrent() throws IOException {
        for (AccountTab tab : AccountTab.values()) {
            String path = AccountTabPages.path(tab, 1);
            String page = Files.readString(WEBAPP.resolve(path.substring(1, path.indexOf('?'))));
            assertTrue(page.contains("/WEB-INF/templates/account-header.xhtml"), path);
            assertTrue(page.contains("<ui:param name=\"tab\" value=\"" + tab.name() + "\"/>"), path);
        }
    }
}
