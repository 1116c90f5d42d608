package com.kamplanner.web.people;

import com.kamplanner.people.AppUser;
import com.kamplanner.people.UserService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/me}: who the API caller is, so that an integration client can check its credentials. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller as the API shows them: no hash, no internal id. */
    public record Me(String username, String displayName, List<String> roles) {
    }

    @Inject
    UserService users;

    @GET
    public Me me() {
        AppUser user = users.currentUser();
        return new Me(user.getUsername(), user.getDisplayName(),
                user.getRoles().stream().map(Enum::name).sorted().toList());
    }
}
