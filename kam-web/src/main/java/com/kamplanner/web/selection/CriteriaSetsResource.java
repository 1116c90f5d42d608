package com.kamplanner.web.selection;

import com.kamplanner.selection.CriteriaSet;
import com.kamplanner.selection.CriteriaSetService;
import com.kamplanner.selection.Criterion;
import com.kamplanner.selection.CriterionGroup;
import com.kamplanner.selection.LevelDescriptor;
import com.kamplanner.platform.NotFoundException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/criteria-sets}: the versions of the selection criteria (everyone who reads accounts, to know the
 * criterion ids and what each level means), a new draft and its activation (the KA Director only: 403 otherwise).
 */
@Path("criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaSetsResource {

    /** A criterion as the API shows and takes it: descriptors of levels 1..10 in order. */
    public static class CriterionView {
        public Long id;
        @NotNull
        public CriterionGroup group;
        @NotBlank(message = "{criterion.name.required}")
        public String name;
        @Min(value = 1, message = "{criterion.weight.range}")
        @Max(value = 100, message = "{criterion.weight.range}")
        public int weight;
        @NotNull
        @Size(min = 10, max = 10, message = "{criterion.descriptor.required}")
        public List<String> levels;
    }

    /** A criteria set version. */
    public static class CriteriaSetView {
        public Long id;
        public int number;
        public String status;
        public long version;
        @NotBlank(message = "{criteriaSet.name.required}")
        public String name;
        @NotNull
        public List<@Valid @NotNull CriterionView> criteria;
    }

    @Inject
    CriteriaSetService criteriaSets;

    @GET
    public List<CriteriaSetView> list() {
        return criteriaSets.list().stream().map(s -> view(criteriaSets.find(s.getId()))).toList();
    }

    @GET
    @Path("active")
    public CriteriaSetView active() {
        return view(criteriaSets.find(criteriaSets.active().orElseThrow(NotFoundException::new).getId()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createDraft(@Valid @NotNull CriteriaSetView body) {
        List<Criterion> criteria = new ArrayList<>();
        for (CriterionView c : body.criteria) {
            Criterion criterion = new Criterion(c.group, c.name, c.weight);
            for (LevelDescriptor level : criterion.getLevels()) {
                level.setDescriptor(c.levels.get(level.getScoreLevel() - 1));
            }
            criteria.add(criterion);
        }
        CriteriaSet draft = criteriaSets.createDraft(body.name, criteria);
        return Response.status(Response.Status.CREATED).entity(view(draft)).build();
    }

    @POST
    @Path("{id}/activate")
    public CriteriaSetView activate(@PathParam("id") long id, @QueryParam("version") long version) {
        criteriaSets.activate(id, version);
        return view(criteriaSets.find(id));
    }

    private static CriteriaSetView view(CriteriaSet set) {
        CriteriaSetView view = new CriteriaSetView();
        view.id = set.getId();
        view.number = set.getNumber();
        view.status = set.getStatus().name();
        view.version = set.getVersion();
        view.name = set.getName();
        view.criteria = set.getCriteria().stream().map(c -> {
            CriterionView v = new CriterionView();
            v.id = c.getId();
            v.group = c.getGroup();
            v.name = c.getName();
            v.weight = c.getWeight();
            v.levels = c.getLevels().stream().map(LevelDescriptor::getDescriptor).toList();
            return v;
        }).toList();
        return view;
    }
}
