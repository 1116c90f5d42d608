package com.kamplanner.web.people;

import com.kamplanner.people.UserService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/users}: the user directory for provisioning scripts. Administrators only; the service refuses
 * everyone else, which the API reports as 403.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    /** A user as the API shows them: no password hash. */
    public record UserView(String username, String displayName, List<String> roles, boolean enabled,
                           boolean external) {
    }

    @Inject
    UserService users;

    @GET
    public List<UserView> list() {
        return users.list().stream()
                .map(u -> new UserView(u.getUsername(), u.getDisplayName(),
                        u.getRoles().stream().map(Enum::name).sorted().toList(), u.isEnabled(), u.isExternal()))
                .toList();
    }
}
