package com.kamplanner.web.culture;

import com.kamplanner.culture.Achievement;
import com.kamplanner.culture.AchievementKind;
import com.kamplanner.culture.CultureRules;
import com.kamplanner.culture.Recognition;
import com.kamplanner.culture.RecognitionLine;
import com.kamplanner.culture.Recognitions;
import com.kamplanner.web.api.ApiLanguage;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/programme/recognitions}: the published recognitions, newest first and paged, each the account's
 * name, the team, the achievement and who recognised it, nothing else of the account (every programme member; 403
 * for HR, the administrator and external partners); {@code GET achievements}, what the records show and nobody
 * recognised yet, and {@code POST}, a recognition of one of them answering 201 (executives and the KA Director:
 * 403 for everyone else; 422 {@code culture.notEvidenced} for an achievement the records do not show).
 */
@Path("programme/recognitions")
@Produces(MediaType.APPLICATION_JSON)
public class RecognitionsResource {

    /** A recognition as the API shows it; {@code achievement} is an {@code AchievementKind} constant. */
    public record Item(long id, String account, String team, String achievement, String text, String achievedOn,
                       String citation, String recognisedBy, String recognisedAt) {
    }

    public record Page(List<Item> items, long total) {
    }

    /** An achievement the records show, to be recognised by its kind and evidence id. */
    public record Candidate(String kind, long evidenceId, String account, String text, String achievedOn) {
    }

    /** A recognition as the executive or the KA Director sends it. */
    public static class Recognise {
        @NotNull(message = "{culture.notEvidenced}")
        public AchievementKind kind;
        public long evidenceId;
        @Size(max = CultureRules.CITATION_MAX, message = "{culture.citation.size}")
        public String citation;
    }

    @Inject
    Recognitions recognitions;

    @Inject
    ApiLanguage language;

    @Context
    HttpHeaders headers;

    @GET
    public Page latest(@QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{culture.size.range}")
                       int first,
                       @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{culture.size.range}")
                       @Max(value = 100, message = "{culture.size.range}") int size) {
        Locale locale = language.of(headers);
        return new Page(recognitions.latest(first, size).stream().map(r -> item(r, locale)).toList(),
                recognitions.count());
    }

    @GET
    @Path("achievements")
    public List<Candidate> achievements() {
        Locale locale = language.of(headers);
        return recognitions.open().stream().map(a -> candidate(a, locale)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recognise(@NotNull @Valid Recognise body) {
        Recognition made = recognitions.recognise(body.kind, body.evidenceId, body.citation);
        Locale locale = language.of(headers);
        return Response.status(Response.Status.CREATED).entity(item(recognitions.line(made.getId()), locale))
                .build();
    }

    private static Item item(RecognitionLine r, Locale locale) {
        return new Item(r.id(), r.accountName(), r.teamNames(), r.kind().name(), AchievementText.of(r, locale),
                r.achievedOn().toString(), r.citation(), r.recognisedBy(), r.recognisedAt().toString());
    }

    private static Candidate candidate(Achievement a, Locale locale) {
        return new Candidate(a.kind().name(), a.evidenceId(), a.accountName(), AchievementText.of(a, locale),
                a.achievedOn().toString());
    }
}
