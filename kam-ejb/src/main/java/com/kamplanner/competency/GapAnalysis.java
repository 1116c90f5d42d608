package com.kamplanner.competency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of profiles, kept free of the container so unit tests pin it down: combining target profiles,
 * gaps sorted by size, the trend between two campaigns and where self and manager disagree.
 */
public final class GapAnalysis {

    /** Self and manager ratings this far apart (or more) are worth a conversation. */
    public static final int NOTABLE_DISAGREEMENT = 2;

    private GapAnalysis() {
    }

    /** The strictest requirement per competency over several target profiles (role plus segments held). */
    @SafeVarargs
    public static Map<String, Integer> strictest(Map<String, Integer>... targets) {
        return strictest(List.of(targets));
    }

    public static Map<String, Integer> strictest(List<Map<String, Integer>> targets) {
        Map<String, Integer> combined = new LinkedHashMap<>();
        for (Map<String, Integer> target : targets) {
            target.forEach((code, level) -> combined.merge(code, level, Math::max));
        }
        return combined;
    }

    /**
     * Every competency below its target, largest gap first; ties keep the order of the target (the framework's
     * order). Competencies at or above target are left out.
     */
    public static List<Gap> gaps(Map<String, Integer> current, Map<String, Integer> target) {
        List<Gap> gaps = new ArrayList<>();
        target.forEach((code, required) -> {
            Gap gap = new Gap(code, current.get(code), required);
            if (gap.isShort()) {
                gaps.add(gap);
            }
        });
        gaps.sort(Comparator.comparingInt(Gap::getSize).reversed());
        return gaps;
    }

    /** Change per competency since the previous validated campaign; competencies missing from either are left out. */
    public static Map<String, Integer> trend(Map<String, Integer> current, Map<String, Integer> previous) {
        Map<String, Integer> trend = new LinkedHashMap<>();
        current.forEach((code, level) -> {
            Integer before = previous.get(code);
            if (level != null && before != null) {
                trend.put(code, level - before);
            }
        });
        return trend;
    }

    /** Competencies where the self-assessment and the manager's rating differ by {@value #NOTABLE_DISAGREEMENT} or more. */
    public static List<String> disagreements(Map<String, Integer> self, Map<String, Integer> manager) {
        List<String> codes = new ArrayList<>();
        self.forEach((code, level) -> {
            Integer other = manager.get(code);
            if (level != null && other != null && Math.abs(level - other) >= NOTABLE_DISAGREEMENT) {
                codes.add(code);
            }
        });
        return codes;
    }

    /** Average level per area, over every KAM's levels: for the executives' aggregate view, no names. */
    public static Map<String, Double> areaAverages(Map<String, String> areaOfCompetency,
                                                   List<Map<String, Integer>> levelsPerKam) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        areaOfCompetency.values().forEach(area -> sums.putIfAbsent(area, new int[2]));
        for (Map<String, Integer> levels : levelsPerKam) {
            levels.forEach((code, level) -> {
                String area = areaOfCompetency.get(code);
                if (area != null && level != null) {
                    int[] sum = sums.get(area);
                    sum[0] += level;
                    sum[1]++;
                }
            });
        }
        Map<String, Double> averages = new LinkedHashMap<>();
        sums.forEach((area, sum) -> averages.put(area, sum[1] == 0 ? null
                : Math.round(10.0 * sum[0] / sum[1]) / 10.0));
        return averages;
    }
}
