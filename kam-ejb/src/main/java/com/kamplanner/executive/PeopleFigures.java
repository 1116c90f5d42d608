package com.kamplanner.executive;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The people figures an executive, the KA Director and HR may see: counts and averages only, never a name or an
 * individual rating. {@code kamsHolding} maps a number of key accounts to how many KAMs hold that many.
 */
public record PeopleFigures(long kamHeadcount, Map<Long, Long> kamsHolding, Map<String, Double> areaAverages,
                            Map<String, Double> areaTargets, long assessedKams) implements Serializable {

    public long getKamHeadcount() {
        return kamHeadcount;
    }

    public Map<Long, Long> getKamsHolding() {
        return kamsHolding;
    }

    public long getAssessedKams() {
        return assessedKams;
    }

    public Long getMinAccounts() {
        return kamsHolding.isEmpty() ? null : kamsHolding.keySet().stream().min(Long::compare).orElse(null);
    }

    public Long getMaxAccounts() {
        return kamsHolding.isEmpty() ? null : kamsHolding.keySet().stream().max(Long::compare).orElse(null);
    }

    /** Average key accounts per KAM, to one decimal. */
    public Double getAverageAccounts() {
        long kams = kamsHolding.values().stream().mapToLong(Long::longValue).sum();
        long accounts = kamsHolding.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        return kams == 0 ? null : Math.round(10.0 * accounts / kams) / 10.0;
    }

    /** One line per competency area: the average level and the target, for tables and charts. */
    public List<AreaLine> getAreas() {
        return areaAverages.entrySet().stream()
                .map(e -> new AreaLine(e.getKey(), e.getValue(), areaTargets.get(e.getKey()))).toList();
    }

    /** An area's average level against its target. */
    public record AreaLine(String area, Double average, Double target) implements Serializable {

        public String getArea() {
            return area;
        }

        public Double getAverage() {
            return average;
        }

        public Double getTarget() {
            return target;
        }
    }
}
