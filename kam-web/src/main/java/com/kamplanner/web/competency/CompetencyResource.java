package com.kamplanner.web.competency;

import com.kamplanner.platform.Download;
import com.kamplanner.platform.JsonBuilders;
import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.competency.Assessment;
import com.kamplanner.competency.AssessmentService;
import com.kamplanner.competency.CompetencyProfile;
import com.kamplanner.competency.DevelopmentAction;
import com.kamplanner.competency.FrameworkService;
import com.kamplanner.competency.Gap;
import com.kamplanner.competency.ProfileLine;
import com.kamplanner.competency.ProfileService;
import com.kamplanner.competency.TargetProfile;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/competency}: a KAM's profile (HR, the KA Director, the KAM themself; 403 for anyone else, including
 * executives and team members), averages per area with no names (executives, HR, the KA Director), the
 * self-assessment of an open assessment, and a target profile's recruiting job profile as DOCX. The services
 * decide; refusals become 403 through the API's exception mapper.
 */
@Path("competency")
@Produces(MediaType.APPLICATION_JSON)
public class CompetencyResource {

    @Inject
    ProfileService profiles;

    @Inject
    AssessmentService assessments;

    @Inject
    FrameworkService frameworks;

    @Inject
    JobProfiles jobProfiles;

    @Context
    HttpHeaders headers;

    /** The calling KAM's own profile. */
    @GET
    @Path("profiles/me")
    public JsonObject myProfile() {
        return json(profiles.myProfile(locale()));
    }

    @GET
    @Path("profiles/{userId}")
    public JsonObject profile(@PathParam("userId") long userId) {
        return json(profiles.profile(userId, locale()));
    }

    private static JsonObject json(CompetencyProfile profile) {
        JsonArrayBuilder lines = JsonBuilders.array();
        for (ProfileLine line : profile.getLines()) {
            JsonObjectBuilder l = JsonBuilders.object().add("code", line.getCode()).add("area", line.getArea())
                    .add("name", line.getName());
            put(l, "current", line.getCurrent());
            put(l, "target", line.getTarget());
            put(l, "trend", line.getTrend());
            put(l, "self", line.getSelf());
            put(l, "manager", line.getManager());
            lines.add(l);
        }
        JsonArrayBuilder gaps = JsonBuilders.array();
        for (Gap gap : profile.getGaps()) {
            JsonObjectBuilder g = JsonBuilders.object().add("code", gap.getCompetencyCode())
                    .add("required", gap.getRequired()).add("size", gap.getSize());
            put(g, "current", gap.getCurrent());
            gaps.add(g);
        }
        JsonArrayBuilder plan = JsonBuilders.array();
        for (DevelopmentAction a : profile.getPlan()) {
            plan.add(JsonBuilders.object().add("id", a.getId()).add("competency", a.getCompetencyCode())
                    .add("kind", a.getKind().name()).add("description", a.getDescription())
                    .add("dueDate", a.getDueDate().toString()).add("status", a.getStatus().name()));
        }
        JsonArrayBuilder segments = JsonBuilders.array();
        profile.getSegments().forEach(s -> segments.add(s.name()));
        JsonObjectBuilder body = JsonBuilders.object().add("kamId", profile.getKamId())
                .add("kamName", profile.getKamName()).add("frameworkVersion", profile.getFrameworkNumber())
                .add("segments", segments).add("competencies", lines).add("gaps", gaps).add("developmentPlan", plan);
        if (profile.getCampaignName() != null) {
            body.add("campaign", profile.getCampaignName());
        }
        return body.build();
    }

    @GET
    @Path("aggregates")
    public JsonObject aggregates() {
        JsonArrayBuilder areas = JsonBuilders.array();
        for (Map.Entry<String, Double> area : profiles.areaAverages(locale()).entrySet()) {
            JsonObjectBuilder a = JsonBuilders.object().add("area", area.getKey());
            if (area.getValue() == null) {
                a.addNull("average");
            } else {
                a.add("average", area.getValue());
            }
            areas.add(a);
        }
        return JsonBuilders.object().add("assessedKams", profiles.assessedKams()).add("areas", areas).build();
    }

    @POST
    @Path("assessments/{id}/self")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject selfAssess(@PathParam("id") long id, @NotNull @Valid SelfAssessmentInput input) {
        Assessment saved = assessments.selfAssess(id, input.getVersion(), input.getLevels(), input.getEvidence(),
                input.getEvidenceRef());
        return JsonBuilders.object().add("id", saved.getId()).add("version", saved.getVersion())
                .add("status", saved.getStatus().name()).build();
    }

    /** The target profiles of the active framework, for HR and the KA Director (no personal data). */
    @GET
    @Path("target-profiles")
    public JsonArray targetProfiles() {
        JsonArrayBuilder targets = JsonBuilders.array();
        for (TargetProfile target : frameworks.targetProfiles(frameworks.active().getId())) {
            JsonObjectBuilder levels = JsonBuilders.object();
            target.getRequiredLevels().forEach(levels::add);
            JsonObjectBuilder t = JsonBuilders.object().add("id", target.getId())
                    .add("role", target.getRole().name()).add("requiredLevels", levels);
            if (target.getSegment() == null) {
                t.addNull("segment");
            } else {
                t.add("segment", target.getSegment().name());
            }
            targets.add(t);
        }
        return targets.build();
    }

    @GET
    @Path("target-profiles/{id}/job-profile.docx")
    @Produces(Download.DOCX)
    public Response jobProfile(@PathParam("id") long id) {
        var target = frameworks.targetProfile(id);
        Locale locale = locale();
        return DownloadResponse.response(jobProfiles.docx(target, locale));
    }

    private Locale locale() {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : com.kamplanner.web.i18n.Bundle.supported(headers.getAcceptableLanguages().get(0));
    }

    private static void put(JsonObjectBuilder builder, String name, Integer value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }
}
