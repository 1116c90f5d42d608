package com.kamplanner.web.whitespace;

import com.kamplanner.whitespace.PortfolioWhitespace;
import com.kamplanner.whitespace.WhitespaceService;
import com.kamplanner.whitespace.WhitespaceTotals;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/programme/whitespace?offering=CODE&first=0&size=25}: where each offering (one, or all without
 * {@code offering}) is supplied, open or held by a competitor across the key accounts, paged in the database, with
 * the totals per currency. For the KA Director and executives; KAMs, team members and HR get 403.
 */
@Path("programme/whitespace")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeWhitespaceResource {

    public record Item(long accountId, String accountName, String offering, String buyingCentre, String state,
                       BigDecimal value, String currency, String competitor) {
    }

    public record Totals(BigDecimal supplied, BigDecimal open) {
    }

    public record Page(List<Item> items, long total, Map<String, Totals> totalsByCurrency) {
    }

    @Inject
    WhitespaceService whitespace;

    @GET
    public Page get(@QueryParam("offering") String offering, @QueryParam("first") @DefaultValue("0") int first,
                    @QueryParam("size") @DefaultValue("25") int size) {
        PortfolioWhitespace page = whitespace.portfolio(offering == null || offering.isBlank() ? null : offering,
                first, size);
        Map<String, Totals> totals = new LinkedHashMap<>();
        for (Map.Entry<String, WhitespaceTotals.Sum> e : page.totalsByCurrency().entrySet()) {
            totals.put(e.getKey(), new Totals(e.getValue().supplied(), e.getValue().open()));
        }
        return new Page(page.items().stream().map(i -> new Item(i.accountId(), i.accountName(), i.offeringCode(),
                i.buyingCentre(), i.state().name(), i.value(), i.currency(), i.competitor())).toList(),
                page.total(), totals);
    }
}
