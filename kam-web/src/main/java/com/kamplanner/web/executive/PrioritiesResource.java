package com.kamplanner.web.executive;

import com.kamplanner.priority.PriorityBoard;
import com.kamplanner.priority.PriorityStanding;
import com.kamplanner.priority.ServingLine;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/programme/priorities}: the corporate priorities with the key accounts and strategic objectives
 * serving them. Executives and the KA Director get everything with the {@code unserved} flag; a KAM gets every
 * priority (id, title, period) but only the links of their own accounts, and no flag (it would tell about other
 * KAMs' accounts); HR and team members get 403 from the service's role check.
 */
@Path("programme/priorities")
@Produces(MediaType.APPLICATION_JSON)
public class PrioritiesResource {

    /** One account objective serving the priority. */
    public record Serving(long accountId, String accountName, long objectiveId, String objectiveTitle) {
        static Serving of(ServingLine line) {
            return new Serving(line.accountId(), line.accountName(), line.objectiveId(), line.objectiveTitle());
        }
    }

    /** A priority as the API shows it; {@code unserved} is left out for a KAM. */
    public record PriorityView(long id, String title, String description, int fromYear, int toYear,
                               boolean retired, long accounts, long objectives, Boolean unserved,
                               List<Serving> servedBy) {
        static PriorityView of(PriorityStanding s) {
            return new PriorityView(s.priority().getId(), s.priority().getTitle(), s.priority().getDescription(),
                    s.priority().getFromYear(), s.priority().getToYear(), s.priority().isRetired(), s.accounts(),
                    s.objectives(), s.unserved(), s.serving().stream().map(Serving::of).toList());
        }
    }

    @Inject
    PriorityBoard board;

    @GET
    public List<PriorityView> priorities() {
        return board.visible().stream().map(PriorityView::of).toList();
    }
}
