package com.kamplanner.web.whitespace;

import com.kamplanner.web.i18n.Bundle;
import com.kamplanner.whitespace.WhitespaceCell;
import com.kamplanner.whitespace.WhitespaceMap;
import com.kamplanner.whitespace.WhitespaceService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/accounts/{id}/whitespace}: the account's whitespace map under the account's rights (a KAM asking
 * for another KAM's account, or HR, gets 403): offerings of the active catalogue (names in the caller's
 * language), buying centres, stored cells and the map's totals, in the account's currency. Read-only.
 */
@Path("accounts/{id}/whitespace")
@Produces(MediaType.APPLICATION_JSON)
public class WhitespaceResource {

    public record OfferingView(long id, String code, String name) {
    }

    public record CentreView(long id, String name) {
    }

    public record CellView(long offeringId, long buyingCentreId, String state, BigDecimal value, String competitor,
                           String stage, LocalDate expected) {
    }

    public record Totals(BigDecimal supplied, BigDecimal open) {
    }

    public record MapView(String currency, List<OfferingView> offerings, List<CentreView> buyingCentres,
                          List<CellView> cells, Totals totals) {
    }

    @Inject
    WhitespaceService whitespace;

    @Context
    HttpHeaders headers;

    @GET
    public MapView get(@PathParam("id") long accountId) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : Bundle.supported(headers.getAcceptableLanguages().get(0));
        WhitespaceMap map = whitespace.open(accountId);
        List<OfferingView> offerings = map.getOfferings().stream()
                .map(o -> new OfferingView(o.getId(), o.getCode(), o.name(locale))).toList();
        List<CellView> cells = map.getOfferings().stream().flatMap(o -> map.getCentres().stream()
                .map(c -> map.cell(c.getId(), o.getCode())).filter(java.util.Objects::nonNull)
                .map(c -> cell(o.getId(), c))).toList();
        return new MapView(map.getCurrency(), offerings,
                map.getCentres().stream().map(c -> new CentreView(c.getId(), c.getName())).toList(), cells,
                new Totals(map.getTotals().getOverall().supplied(), map.getTotals().getOverall().open()));
    }

    private static CellView cell(long offeringId, WhitespaceCell c) {
        return new CellView(offeringId, c.getBuyingCentre().getId(), c.getState().name(), c.getValue(),
                c.getCompetitor(), c.getStage() == null ? null : c.getStage().name(), c.getExpected());
    }
}
