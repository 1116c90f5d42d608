package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanContent;
import com.kamplanner.plan.PlanService;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.platform.NotFoundException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/accounts/{id}/plan} (the current version with its content), {@code .../plan/versions} (every
 * version, newest first) and {@code .../plan/versions/{n}}; {@code PUT .../plan/versions/{n}} edits the summary
 * and period of a working version, and is refused for a submitted or approved one. Rights are the services':
 * HR and other KAMs get 403.
 */
@Path("accounts/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    /** A version without its content, for the list. */
    public record VersionView(int number, String status, LocalDate periodStart, LocalDate periodEnd,
                              String createdBy, Instant createdAt, String approvedBy, Instant approvedAt,
                              long version) {
        static VersionView of(PlanVersion v) {
            return new VersionView(v.getNumber(), v.getStatus().name(), v.getPeriodStart(), v.getPeriodEnd(),
                    v.getCreatedBy(), v.getCreatedAt(), v.getApprovedBy(), v.getApprovedAt(), v.getVersion());
        }
    }

    /** A version with what it says. */
    public record VersionContent(VersionView version, PlanContent content) {
    }

    /** What a KAM may change on a working version over the API. */
    public static class VersionEdit {
        @Size(max = 4000, message = "{plan.summary.size}")
        public String summary;
        @NotNull(message = "{plan.period.required}")
        public LocalDate periodStart;
        @NotNull(message = "{plan.period.required}")
        public LocalDate periodEnd;
        @NotNull(message = "{plan.version.required}")
        public Long version;
    }

    @Inject
    PlanService plans;

    @PathParam("id")
    long accountId;

    @GET
    public VersionContent current() {
        PlanVersion current = plans.current(accountId).orElseThrow(NotFoundException::new);
        return new VersionContent(VersionView.of(current), plans.content(accountId, current.getNumber()));
    }

    @GET
    @Path("versions")
    public List<VersionView> versions() {
        return plans.versions(accountId).stream().map(VersionView::of).toList();
    }

    @GET
    @Path("versions/{n}")
    public VersionContent version(@PathParam("n") int number) {
        return new VersionContent(VersionView.of(plans.version(accountId, number)), plans.content(accountId, number));
    }

    @PUT
    @Path("versions/{n}")
    @Consumes(MediaType.APPLICATION_JSON)
    public VersionView edit(@PathParam("n") int number, @Valid @NotNull VersionEdit edit) {
        return VersionView.of(plans.saveWorking(accountId, number, edit.version, edit.summary, edit.periodStart,
                edit.periodEnd));
    }
}
