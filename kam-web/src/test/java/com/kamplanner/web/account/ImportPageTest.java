package com.kamplanner.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.imports.ImportJob;
import com.kamplanner.account.imports.ImportJobs;
import com.kamplanner.web.faces.PageMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The progress of an import on a cluster: the job lives on the node that runs the import. When the page's next
 * request reaches another node (the first one stopped), the bar ends and says so instead of polling 0% forever.
 */
class ImportPageTest {

    private final List<String> errors = new ArrayList<>();

    @Test
    void aJobThisNodeDoesNotKnowEndsTheBarWithTheReason() throws Exception {
        ImportPage page = page(Optional.empty());
        assertTrue(page.isRunning());
        assertEquals(100, page.getProgress(), "the bar ends, so that it calls finished()");

        page.finished();

        assertEquals(List.of("import.lost"), errors);
        assertFalse(page.isRunning());
        assertEquals(0, page.getProgress());
    }

    @Test
    void aJobStillRunningHereKeepsTheBarGoing() throws Exception {
        ImportPage page = page(Optional.of(new ImportJob("david.kad", "accounts.csv")));
        assertEquals(0, page.getProgress());

        page.finished();

        assertEquals(List.of(), errors);
        assertTrue(page.isRunning());
    }

    /** A page whose import was started (its job id kept in the view), on a node that knows the job or not. */
    private ImportPage page(Optional<ImportJob> onThisNode) throws Exception {
        ImportPage page = new ImportPage();
        page.jobs = new ImportJobs() {
            @Override
            public Optional<ImportJob> find(String id) {
                return onThisNode;
            }
        };
        page.messages = new PageMessages() {
            @Override
            public void error(String key, Object... arguments) {
                errors.add(key);
            }
        };
        var jobId = ImportPage.class.getDeclaredField("jobId");
        jobId.setAccessible(true);
        jobId.set(page, "job-started-on-another-node");
        return page;
    }
}
