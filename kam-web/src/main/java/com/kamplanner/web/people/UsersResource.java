package com.kamplanner.web.people;

import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.people.UserService;
import com.kamplanner.platform.BusinessRuleException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Set;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/users} and {@code POST /api/users}: the user directory for provisioning scripts. Administrators
 * only; the service refuses everyone else, which the API reports as 403.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    /** A user as the API shows them: no password hash; the id addresses their tokens. */
    public record UserView(long id, String username, String displayName, List<String> roles, boolean enabled,
                           boolean external) {
    }

    /** What a provisioning script sends to create a user. */
    public static class NewUser {
        public String username;
        public String displayName;
        public String email;
        public String password;
        public List<String> roles;
        public boolean external;
    }

    @Inject
    UserService users;

    /**
     * {@code POST /api/users}: creates a user with roles, for provisioning scripts. Administrators only. The
     * service applies the same rules as the page: unique name, password length, at least one role.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser request) {
        if (request == null || request.roles == null) {
            throw new BusinessRuleException(UserService.NO_ROLE);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : request.roles) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("Unknown role: " + role);
            }
        }
        AppUser created = users.create(request.username, request.displayName, request.email, request.password,
                roles, request.external);
        return Response.status(Response.Status.CREATED).entity(view(created)).build();
    }

    @GET
    public List<UserView> list() {
        return users.list().stream().map(UsersResource::view).toList();
    }

    private static UserView view(AppUser u) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles().stream().map(Enum::name).sorted()
                .toList(), u.isEnabled(), u.isExternal());
    }
}
