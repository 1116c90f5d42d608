package com.kamplanner.web.situation;

import com.kamplanner.platform.JsonBuilders;
import com.kamplanner.situation.CoverageGap;
import com.kamplanner.situation.InfluenceLine;
import com.kamplanner.situation.Relationship;
import com.kamplanner.situation.RelationshipMap;
import com.kamplanner.situation.RelationshipService;
import com.kamplanner.situation.Stakeholder;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/accounts/{id}/relationships}: the account's relationship coverage, read-only (edits go through the
 * pages), under the stakeholder map's rights: 403 for another KAM's account, HR, or an external team member not
 * granted the map. Codes, never labels: strength, influence-line kind and gap kind are the enums' names.
 */
@Path("accounts/{id}/relationships")
public class RelationshipResource {

    @Inject
    RelationshipService relationships;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject get(@PathParam("id") long accountId) {
        RelationshipMap map = relationships.map(accountId);
        JsonArrayBuilder stakeholders = JsonBuilders.array();
        for (Stakeholder s : map.getStakeholders()) {
            stakeholders.add(JsonBuilders.object().add("id", s.getId()).add("name", s.getName())
                    .add("role", s.getDecisionRole().name()).add("influence", s.getInfluence())
                    .add("attitude", s.getAttitude().name()));
        }
        JsonArrayBuilder ties = JsonBuilders.array();
        for (Relationship r : map.getRelationships()) {
            JsonObjectBuilder tie = JsonBuilders.object().add("stakeholderId", r.getStakeholder().getId())
                    .add("userId", r.getPerson().getId()).add("strength", r.getStrength().name());
            if (r.getLastContact() == null) {
                tie.addNull("lastContact");
            } else {
                tie.add("lastContact", r.getLastContact().toString());
            }
            ties.add(tie);
        }
        JsonArrayBuilder lines = JsonBuilders.array();
        for (InfluenceLine l : map.getLines()) {
            lines.add(JsonBuilders.object().add("fromId", l.getFrom().getId()).add("toId", l.getTo().getId())
                    .add("kind", l.getKind().name()));
        }
        JsonArrayBuilder gaps = JsonBuilders.array();
        for (CoverageGap g : map.getGaps()) {
            gaps.add(JsonBuilders.object().add("stakeholderId", g.stakeholderId()).add("kind", g.kind().name()));
        }
        return JsonBuilders.object().add("stakeholders", stakeholders).add("relationships", ties)
                .add("influenceLines", lines).add("gaps", gaps).build();
    }
}
