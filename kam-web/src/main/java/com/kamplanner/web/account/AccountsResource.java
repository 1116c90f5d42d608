package com.kamplanner.web.account;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountService;
import com.kamplanner.account.AccountSummary;
import com.kamplanner.account.PortfolioQuery;
import com.kamplanner.selection.Quadrant;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/accounts} (paged, filterable by segment, KAM, industry, country, status and part of the name) and
 * {@code GET /api/accounts/{id}}, under the same visibility rule as the pages: a KAM asking for another KAM's
 * account gets 403.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    /** One page of accounts. */
    public record Page(long total, int first, int size, List<AccountSummary> items) {
    }

    /** One account as the API shows it. */
    public record AccountView(long id, String name, String crmId, String legalId, String industry, String country,
                              String parentName, BigDecimal annualRevenue, String currency,
                              BigDecimal ourSalesLast12Months, BigDecimal totalCategorySpend, boolean keyAccount,
                              String segment, boolean segmentOverridden, String currentStage, String targetStage,
                              String kam, String sponsor, long version) {

        static AccountView of(Account a) {
            return new AccountView(a.getId(), a.getName(), a.getCrmId(), a.getLegalId(), a.getIndustry(),
                    a.getCountry(), a.getParent() == null ? null : a.getParent().getName(), a.getAnnualRevenue(),
                    a.getCurrency(), a.getOurSalesLast12Months(), a.getTotalCategorySpend(), a.isKeyAccount(),
                    name(a.getSegment()), a.isSegmentOverridden(), name(a.getCurrentStage()),
                    name(a.getTargetStage()), a.getKam() == null ? null : a.getKam().getUsername(),
                    a.getSponsor() == null ? null : a.getSponsor().getUsername(), a.getVersion());
        }

        private static String name(Enum<?> value) {
            return value == null ? null : value.name();
        }
    }

    @Inject
    AccountService accounts;

    @GET
    public Page list(@QueryParam("first") @DefaultValue("0") int first,
                     @QueryParam("size") @DefaultValue("25") int size,
                     @QueryParam("segment") String segment,
                     @QueryParam("kam") Long kamId,
                     @QueryParam("industry") String industry,
                     @QueryParam("country") String country,
                     @QueryParam("keyAccount") Boolean keyAccount,
                     @QueryParam("name") String nameContains,
                     @QueryParam("sort") @DefaultValue("name") String sort,
                     @QueryParam("desc") @DefaultValue("false") boolean descending) {
        PortfolioQuery query = new PortfolioQuery().segment(segment(segment)).kamId(kamId).industry(industry)
                .country(country).keyAccount(keyAccount).nameContains(nameContains)
                .sortBy(PortfolioLazyModel.column(sort), descending).page(first, size);
        return new Page(accounts.count(query), query.getFirst(), query.getPageSize(), accounts.page(query));
    }

    @GET
    @Path("{id}")
    public AccountView get(@PathParam("id") long id) {
        return AccountView.of(accounts.find(id));
    }

    private static Quadrant segment(String segment) {
        if (segment == null || segment.isBlank()) {
            return null;
        }
        try {
            return Quadrant.valueOf(segment.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown segment: use STRATEGIC, STAR, STATUS or STREAMLINE.");
        }
    }
}
