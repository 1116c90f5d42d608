package com.kamplanner.web.health;

import com.kamplanner.health.ComponentValue;
import com.kamplanner.health.HealthReport;
import com.kamplanner.health.HealthService;
import com.kamplanner.web.api.ApiLanguage;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/accounts/{id}/health}: a key account's health under the account's rights (403 for someone
 * else's account, 404 for an account that is not a key account), with each component's fact in the caller's
 * language ({@code Accept-Language}) and the last twelve months, one point per month.
 */
@Path("accounts/{id}/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /** The health as the API shows it: score and values 0–100, or null when unknown. */
    @JsonbNillable
    public record Health(long accountId, Integer score, List<Component> components, List<Month> history) {
    }

    /** One component: its name, value, weight (0 when switched off), the fact behind it and where it is fixed. */
    @JsonbNillable
    public record Component(String name, Integer value, int weight, String fact, String url) {
    }

    /** One month's score, {@code yyyy-MM}. */
    @JsonbNillable
    public record Month(String month, Integer score) {
    }

    @Inject
    HealthService health;

    @Inject
    ApiLanguage language;

    @Context
    HttpHeaders headers;

    @GET
    public Health get(@PathParam("id") long id) {
        HealthReport report = health.report(id);
        Locale locale = language.of(headers);
        List<Component> components = report.getComponents().stream().map(c -> component(c, id, locale)).toList();
        return new Health(id, report.getScore(), components, report.getHistory().stream()
                .map(m -> new Month(m.getMonth().toString(), m.getScore())).toList());
    }

    private static Component component(ComponentValue c, long accountId, Locale locale) {
        return new Component(c.getComponent().name(), c.getValue(), c.getWeight(), HealthTexts.fact(c, locale),
                c.getComponent().fixLink(accountId));
    }
}
