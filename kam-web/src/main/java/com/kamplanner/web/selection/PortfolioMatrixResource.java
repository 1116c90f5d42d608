package com.kamplanner.web.selection;

import com.kamplanner.selection.BubbleSize;
import com.kamplanner.selection.CriteriaSet;
import com.kamplanner.selection.CriteriaSetService;
import com.kamplanner.selection.MatrixFilter;
import com.kamplanner.selection.MatrixPosition;
import com.kamplanner.selection.MatrixThresholds;
import com.kamplanner.selection.SelectionMatrix;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /api/portfolio/matrix}: the selection matrix as JSON, key accounts by default ({@code
 * candidates=true} adds the candidates, flagged), filtered like the page, ranked. A missing index is
 * {@code null}, never 0; the quadrant is null until both indices exist. HR and unknown roles get 403.
 */
@Path("portfolio/matrix")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioMatrixResource {

    /** The matrix: under which criteria set version, with which thresholds and bubble size. */
    @JsonbNillable
    public record MatrixView(Integer criteriaSet, MatrixThresholds thresholds, BubbleSize bubbleSize,
                             List<PositionView> accounts) {
    }

    /** One account of the matrix. */
    @JsonbNillable
    public record PositionView(long accountId, String name, boolean keyAccount, String kam, String industry,
                               String country, BigDecimal attractiveness, BigDecimal strength, String quadrant,
                               BigDecimal bubble, BigDecimal ourSales, BigDecimal shareOfWallet) {
    }

    @Inject
    SelectionMatrix matrix;

    @Inject
    CriteriaSetService criteriaSets;

    @GET
    public MatrixView matrix(@QueryParam("candidates") @DefaultValue("false") boolean candidates,
                             @QueryParam("kam") Long kam, @QueryParam("industry") String industry,
                             @QueryParam("country") String country,
                             @QueryParam("size") @DefaultValue("SALES") BubbleSize size) {
        MatrixFilter filter = new MatrixFilter();
        filter.setCandidates(candidates);
        filter.setKamId(kam);
        filter.setIndustry(industry);
        filter.setCountry(country);
        List<PositionView> accounts = matrix.positions(filter).stream().map(p -> view(p, size)).toList();
        Integer version = criteriaSets.active().map(CriteriaSet::getNumber).orElse(null);
        return new MatrixView(version, matrix.thresholds(), size, accounts);
    }

    private static PositionView view(MatrixPosition p, BubbleSize size) {
        return new PositionView(p.getAccountId(), p.getName(), p.isKeyAccount(), p.getKamName(), p.getIndustry(),
                p.getCountry(), p.getAttractiveness(), p.getStrength(),
                p.getQuadrant() == null ? null : p.getQuadrant().name(), p.bubbleValue(size), p.getOurSales(),
                p.getShareOfWallet());
    }
}
