package com.kamplanner.web.selection;

import com.kamplanner.selection.CustomerStrength;

import com.kamplanner.selection.IndexLine;
import com.kamplanner.selection.ScoreEntry;
import com.kamplanner.selection.ScoreLine;
import com.kamplanner.selection.ScoringService;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code /api/accounts/{id}/scores}: an account's scores and indices under every criteria set version (GET), and
 * scoring against the active set (POST), with the pages' rules: a KAM scores only their own accounts (else 403).
 */
@Path("accounts/{id}/scores")
@Produces(MediaType.APPLICATION_JSON)
public class AccountScoresResource {

    /** The levels to record. */
    public static class ScoreRequest {
        @NotNull
        @NotEmpty(message = "{score.criterion.required}")
        private List<@Valid @NotNull ScoreEntry> scores;

        public List<ScoreEntry> getScores() {
            return scores;
        }

        public void setScores(List<ScoreEntry> scores) {
            this.scores = scores;
        }
    }

    /** Indices under one version; null while a group is not fully scored. */
    @JsonbNillable
    public record IndexView(int criteriaSet, String status, BigDecimal attractiveness, BigDecimal strength,
                            Instant computedAt) {
        static IndexView of(IndexLine line) {
            return new IndexView(line.getSetNumber(), line.getSetStatus().name(), line.getAttractiveness(),
                    line.getStrength(), line.getComputedAt());
        }
    }

    /** One score, with the version it was made under. */
    @JsonbNillable
    public record ScoreView(int criteriaSet, long criterionId, String group, String criterion, int weight, int level,
                            String comment, String scoredBy, Instant scoredAt, boolean latest) {
        static ScoreView of(ScoreLine line) {
            return new ScoreView(line.getSetNumber(), line.getCriterionId(), line.getGroup().name(),
                    line.getCriterion(), line.getWeight(), line.getLevel(), line.getComment(), line.getScoredBy(),
                    line.getScoredAt(), line.isLatest());
        }
    }

    /**
     * Our strength on the customer's own buying criteria (0–10, null when unknown), the KA Director's strength
     * index under the active set beside it, and whether the two are more than 2 points apart.
     */
    @JsonbNillable
    public record CustomerStrengthView(BigDecimal value, BigDecimal directorStrength, boolean divergent,
                                       int ratedCriteria, int criteria) {
        static CustomerStrengthView of(CustomerStrength strength) {
            return new CustomerStrengthView(strength.getValue(), strength.getDirectorStrength(),
                    strength.isDivergent(), strength.getRated(), strength.getCriteria());
        }
    }

    /** Everything scored on the account. */
    public record ScoresView(List<IndexView> indices, List<ScoreView> scores, CustomerStrengthView customerStrength) {
    }

    @Inject
    ScoringService scoring;

    @PathParam("id")
    long accountId;

    @GET
    public ScoresView scores() {
        return new ScoresView(scoring.indicesOf(accountId).stream().map(IndexView::of).toList(),
                scoring.scoresOf(accountId).stream().map(ScoreView::of).toList(),
                CustomerStrengthView.of(scoring.customerStrength(accountId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public IndexView score(@Valid @NotNull ScoreRequest request) {
        return IndexView.of(scoring.score(accountId, request.getScores()));
    }
}
