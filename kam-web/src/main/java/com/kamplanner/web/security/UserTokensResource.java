package com.kamplanner.web.security;

import com.kamplanner.security.ApiTokens;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/users/{userId}/tokens}: the administrator lists a person's API tokens and revokes any of them
 * ({@code DELETE .../{id}}), with a password only. The service refuses everyone else (403); a token id that is not that person's is not found (404).
 */
@Path("users/{userId}/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class UserTokensResource {

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    @GET
    public TokensResource.TokenList list(@PathParam("userId") long userId) {
        TokensResource.requirePassword(request);
        return new TokensResource.TokenList(tokens.of(userId).stream().map(TokensResource.TokenView::of).toList());
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("userId") long userId, @PathParam("id") long id) {
        TokensResource.requirePassword(request);
        tokens.revoke(userId, id);
        return Response.noContent().build();
    }
}
