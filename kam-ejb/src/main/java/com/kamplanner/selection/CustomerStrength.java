package com.kamplanner.selection;

import com.kamplanner.situation.TableRows;
import com.kamplanner.template.DefaultDatabaseTemplate;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Our strength relative to the best competitor, on the customer's own buying criteria and weighted by the
 * customer's own weights (the Key Account Database, part 2), beside the KA Director's strength index.
 *
 * <p>Each criterion with a weight above 0 and both ratings (1–10) counts; the gap is {@code ours − best}, from −9
 * to +9. The strength is {@code 5 + 5 × (Σ w·(ours − best)) / (9 × Σ w)} on the index's 0–10 scale: 5 when we
 * rate level with the best competitor, 10 when we rate 10 and they 1 on every criterion, 0 the other way round.
 * Without any such criterion it is unknown (null), never 0. Rounded to one decimal, half up. The two readings
 * diverge when both are known and differ by more than {@link #DIVERGENCE} points: either our selection criteria
 * miss what this customer values, or the KAM's reading is off.
 */
public final class CustomerStrength implements Serializable {

    private static final long serialVersionUID = 1L;

    /** More than this many points between the two readings flags the account. */
    public static final BigDecimal DIVERGENCE = new BigDecimal("2");

    /** One buying criterion as the KAM recorded it; any part may be missing. */
    public record Criterion(BigDecimal weight, Integer ours, Integer best) implements Serializable {
        boolean counts() {
            return weight != null && weight.signum() > 0 && ours != null && best != null;
        }
    }

    private final BigDecimal value;
    private final BigDecimal directorStrength;
    private final int rated;
    private final int criteria;

    private CustomerStrength(BigDecimal value, BigDecimal directorStrength, int rated, int criteria) {
        this.value = value;
        this.directorStrength = directorStrength;
        this.rated = rated;
        this.criteria = criteria;
    }

    /** The customer-weighted strength of these criteria, beside the KA Director's index ({@code null}: unscored). */
    public static CustomerStrength of(List<Criterion> criteria, BigDecimal directorStrength) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal gaps = BigDecimal.ZERO;
        int rated = 0;
        for (Criterion c : criteria) {
            if (c.counts()) {
                weights = weights.add(c.weight());
                gaps = gaps.add(c.weight().multiply(BigDecimal.valueOf((long) c.ours() - c.best())));
                rated++;
            }
        }
        BigDecimal value = rated == 0 ? null : BigDecimal.valueOf(5).add(gaps.multiply(BigDecimal.valueOf(5))
                .divide(weights.multiply(BigDecimal.valueOf(9)), 10, RoundingMode.HALF_UP))
                .setScale(1, RoundingMode.HALF_UP);
        return new CustomerStrength(value, directorStrength, rated, criteria.size());
    }

    /** From the stored buying criteria table of a Key Account Database (null: none), beside the KA Director's. */
    public static CustomerStrength fromStored(String buyingCriteria, BigDecimal directorStrength) {
        List<Criterion> criteria = new java.util.ArrayList<>();
        for (java.util.Map<String, String> row : TableRows.read(buyingCriteria)) {
            criteria.add(new Criterion(decimal(row.get(DefaultDatabaseTemplate.WEIGHT_COLUMN)),
                    rating(row.get(DefaultDatabaseTemplate.OUR_RATING)),
                    rating(row.get(DefaultDatabaseTemplate.BEST_COMPETITOR_RATING))));
        }
        return of(criteria, directorStrength);
    }

    private static BigDecimal decimal(String stored) {
        try {
            return stored == null ? null : new BigDecimal(stored);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer rating(String stored) {
        try {
            return stored == null ? null : Integer.valueOf(stored);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 0–10, or null when no criterion has a weight and both ratings. */
    public BigDecimal getValue() {
        return value;
    }

    public boolean isKnown() {
        return value != null;
    }

    /** The KA Director's strength index under the active criteria set; null while not fully scored. */
    public BigDecimal getDirectorStrength() {
        return directorStrength;
    }

    /** The customer-weighted strength minus the KA Director's; null unless both are known. */
    public BigDecimal getDifference() {
        return value == null || directorStrength == null ? null : value.subtract(directorStrength);
    }

    /** True when both readings are known and differ by more than {@link #DIVERGENCE} points. */
    public boolean isDivergent() {
        BigDecimal difference = getDifference();
        return difference != null && difference.abs().compareTo(DIVERGENCE) > 0;
    }

    /** How many buying criteria have a weight and both ratings. */
    public int getRated() {
        return rated;
    }

    /** How many buying criteria the database lists. */
    public int getCriteria() {
        return criteria;
    }
}
