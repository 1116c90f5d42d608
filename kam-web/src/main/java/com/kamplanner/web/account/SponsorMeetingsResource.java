package com.kamplanner.web.account;

import com.kamplanner.people.AppUser;
import com.kamplanner.platform.JsonBuilders;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.sponsorship.MeetingInput;
import com.kamplanner.sponsorship.SponsorFollowUp;
import com.kamplanner.sponsorship.SponsorMeeting;
import com.kamplanner.sponsorship.SponsorMeetings;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/accounts/{id}/sponsor-meetings}: the account's sponsor meetings, newest first, for its readers
 * (the sponsor and the other executives, the KA Director, the account's KAM and team; 403 for HR and another KAM,
 * 404 for no such account). {@code POST} logs one, by the account's sponsor only (403 for anyone else; 422 for a
 * date in the future or an attendee not of this account), and answers 201 with the meeting. Codes, never labels.
 */
@Path("accounts/{id}/sponsor-meetings")
@Produces(MediaType.APPLICATION_JSON)
public class SponsorMeetingsResource {

    @Inject
    SponsorMeetings meetings;

    @GET
    public JsonObject list(@PathParam("id") long accountId) {
        JsonArrayBuilder items = JsonBuilders.array();
        meetings.history(accountId).forEach(m -> items.add(view(m)));
        return JsonBuilders.object().add("items", items).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response log(@PathParam("id") long accountId, @NotNull @Valid MeetingInput input) {
        SponsorMeeting logged = meetings.log(accountId, input);
        return Response.status(Response.Status.CREATED).entity(view(logged)).build();
    }

    static JsonObject view(SponsorMeeting m) {
        JsonArrayBuilder customers = JsonBuilders.array();
        for (Stakeholder s : m.getCustomerAttendees()) {
            JsonObjectBuilder person = JsonBuilders.object().add("id", s.getId()).add("name", s.getName())
                    .add("role", s.getDecisionRole().name()).add("influence", s.getInfluence());
            customers.add(person);
        }
        JsonArrayBuilder ours = JsonBuilders.array();
        for (AppUser u : m.getOurAttendees()) {
            ours.add(user(u));
        }
        JsonArrayBuilder followUps = JsonBuilders.array();
        for (SponsorFollowUp f : m.getFollowUps()) {
            JsonObjectBuilder followUp = JsonBuilders.object().add("id", f.getId()).add("title", f.getTitle())
                    .add("ownerId", f.getOwner().getId()).add("owner", f.getOwner().getUsername())
                    .add("due", f.getDueDate().toString()).add("turnedIntoActionPlan", f.isTurned());
            followUps.add(followUp);
        }
        JsonObjectBuilder meeting = JsonBuilders.object().add("id", m.getId())
                .add("accountId", m.getAccount().getId()).add("date", m.getMeetingDate().toString())
                .add("sponsor", user(m.getSponsor())).add("customerAttendees", customers).add("ourAttendees", ours)
                .add("notes", m.getNote());
        if (m.getOutcomes() == null) {
            meeting.addNull("outcomes");
        } else {
            meeting.add("outcomes", m.getOutcomes());
        }
        return meeting.add("followUps", followUps).add("version", m.getVersion()).build();
    }

    private static JsonObjectBuilder user(AppUser u) {
        return JsonBuilders.object().add("id", u.getId()).add("username", u.getUsername())
                .add("name", u.getDisplayName());
    }
}
