package com.kamplanner.web.culture;

import com.kamplanner.culture.Audience;
import com.kamplanner.culture.CultureRules;
import com.kamplanner.culture.MessageDraft;
import com.kamplanner.culture.MessageLine;
import com.kamplanner.culture.ProgrammeMessage;
import com.kamplanner.culture.ProgrammeMessages;
import com.kamplanner.selection.Quadrant;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/programme/messages}: the programme messages addressed to the caller, newest first, each with its
 * text in the answer's language (else the other) and both texts as written (every programme member; 403 for HR,
 * the administrator and external partners); {@code POST} publishes one (executives and the KA Director: 403 for
 * everyone else), answering 201; {@code POST {id}/withdraw?version=} withdraws one's own.
 */
@Path("programme/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    /** A message as the API shows it; {@code audience} is an {@code Audience} constant, {@code segment} a quadrant. */
    public record Item(long id, String audience, String segment, String text, String textEn, String textFr,
                       String author, String publishedAt, boolean withdrawn, long version) {
    }

    public record Items(List<Item> items) {
    }

    /** A message as its author sends it: to whom, and its English and French texts, either may be left out. */
    public static class Draft {
        @NotNull(message = "{culture.audience.required}")
        public Audience audience;
        public Quadrant segment;
        @Size(max = CultureRules.MESSAGE_MAX, message = "{culture.message.size}")
        public String textEn;
        @Size(max = CultureRules.MESSAGE_MAX, message = "{culture.message.size}")
        public String textFr;
    }

    @Inject
    ProgrammeMessages messages;

    @Inject
    ApiLanguage language;

    @Context
    HttpHeaders headers;

    @GET
    public Items mine(@QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{culture.size.range}")
                      @Max(value = 100, message = "{culture.size.range}") int size) {
        Locale locale = language.of(headers);
        return new Items(messages.forMe(size, false).stream().map(m -> item(m, locale)).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@NotNull @Valid Draft draft) {
        ProgrammeMessage made = messages.publish(new MessageDraft(draft.audience, draft.segment, draft.textEn,
                draft.textFr));
        return Response.status(Response.Status.CREATED).entity(item(made, language.of(headers))).build();
    }

    @POST
    @Path("{id}/withdraw")
    public Item withdraw(@PathParam("id") long id, @QueryParam("version") @DefaultValue("0") long version) {
        return item(messages.withdraw(id, version), language.of(headers));
    }

    private static Item item(MessageLine m, Locale locale) {
        return new Item(m.id(), m.audience().name(), m.segment() == null ? null : m.segment().name(),
                AchievementText.text(m, locale), m.textEn(), m.textFr(), m.author(), m.publishedAt().toString(),
                m.withdrawn(), m.version());
    }

    private static Item item(ProgrammeMessage m, Locale locale) {
        return new Item(m.getId(), m.getAudience().name(), m.getSegment() == null ? null : m.getSegment().name(),
                CultureRules.text(m.getTextEn(), m.getTextFr(), locale), m.getTextEn(), m.getTextFr(),
                m.getAuthor().getDisplayName(), m.getPublishedAt().toString(), m.isWithdrawn(), m.getVersion());
    }
}
