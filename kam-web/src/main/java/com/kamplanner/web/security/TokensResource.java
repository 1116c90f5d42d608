package com.kamplanner.web.security;

import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.security.ApiToken;
import com.kamplanner.security.ApiTokens;
import com.kamplanner.security.NewApiToken;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * {@code /api/me/tokens}: the caller's personal API tokens, created (the text shown in this one answer), listed
 * and revoked. Only with a password: the authentication mechanism refuses any token here, and this resource
 * checks again, so that a leaked token can neither mint another nor revoke the owner's others.
 */
@Path("me/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    /** A token as its owner lists it: never its text nor its hash; {@code lastUsedAt} is null until first used. */
    @JsonbNillable
    public record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                            boolean readOnly) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
                    token.getLastUsedAt(), token.isReadOnly());
        }
    }

    /** {@code {"items": [...]}}, as the API's other lists. */
    public record TokenList(List<TokenView> items) {
    }

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "{apiToken.name.required}") TokenForm form) {
        requirePassword(request);
        NewApiToken created = tokens.create(form.getName(), form.getExpiresInDays(), form.isReadOnly());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    public TokenList list() {
        requirePassword(request);
        return new TokenList(tokens.mine().stream().map(TokenView::of).toList());
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        requirePassword(request);
        tokens.revokeMine(id);
        return Response.noContent().build();
    }

    /** Tokens are managed with a password or a page session, never with a token. */
    static void requirePassword(HttpServletRequest request) {
        if (LoginMechanism.byToken(request)) {
            throw new AccessDeniedException();
        }
    }
}
