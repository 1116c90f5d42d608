package com.kamplanner.web.security;

import com.kamplanner.platform.Settings;
import com.kamplanner.programme.ProgrammeSettings;
import com.kamplanner.security.Block;
import com.kamplanner.security.BlockScope;
import com.kamplanner.security.DirectoryCheck;
import com.kamplanner.security.SecurityEvents;
import com.kamplanner.security.ThrottleSettings;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * {@code /api/security}: what the administrator's security page shows, for scripts and monitoring: the blocks
 * that hold, how many logins were refused in the last 24 hours, the directory's last check, and login
 * throttling's settings; lifting a block and changing the settings. Administrators only: the services refuse
 * everyone else, which the API reports as 403.
 */
@Path("security")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityResource {

    /** The security state: {@code directory} is null outside directory mode or before its first check. */
    public record Overview(List<Block> blocks, long refusedLast24Hours, DirectoryCheck directory,
                           ThrottleSettings throttling) {
    }

    /** Which block to lift: {@code scope} USER or ADDRESS, and the user name or address. */
    public static class Lift {
        public String scope;
        public String subject;
    }

    @Inject
    SecurityEvents events;

    @Inject
    ProgrammeSettings programme;

    @GET
    public Overview overview() {
        List<Block> blocks = events.activeBlocks();
        long refused = events.refusedSince(Instant.now().minus(SecurityEvents.RECENT));
        DirectoryCheck check = Settings.get(Settings.DIRECTORY_URL).isPresent()
                ? events.lastDirectoryCheck().orElse(null) : null;
        return new Overview(blocks, refused, check, programme.throttling());
    }

    /** {@code POST /api/security/blocks/lift}: 204, or 422 when no such block holds. */
    @POST
    @Path("blocks/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lift(Lift lift) {
        if (lift == null || lift.scope == null || lift.subject == null) {
            throw new BadRequestException("scope and subject are required");
        }
        BlockScope scope;
        try {
            scope = BlockScope.valueOf(lift.scope);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown scope: " + lift.scope);
        }
        events.lift(scope, lift.subject);
        return Response.noContent().build();
    }

    /** {@code PUT /api/security/throttling}: the new settings, or 422 when one is out of its bounds. */
    @PUT
    @Path("throttling")
    @Consumes(MediaType.APPLICATION_JSON)
    public ThrottleSettings setThrottling(@Valid @NotNull ThrottlingForm settings) {
        programme.setThrottling(settings.settings());
        return programme.throttling();
    }
}
