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

    /**
     * Largest gap first. A competency never validated counts as level 0, so its whole requirement is the gap (it
     * is as far from target as anyone can be, and it sorts with the largest); a stable sort keeps ties in the
     * framework's order.
     */
    public static final Comparator<Gap> LARGEST_FIRST = Comparator.comparingInt(Gap::getSize).reversed();

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
        gaps.sort(LARGEST_FIRST);
        return gaps;
    }

    /**
     * Each gap with the development action that works on it, largest gap first: the planned or in-progress action
     * aimed at the gap's competency that is due first. Done and cancelled actions do not count: a gap still open
     * after them needs a new one.
     */
    public static List<GapToClose> toClose(List<Gap> gaps, List<DevelopmentAction> plan) {
        return gaps.stream().sorted(LARGEST_FIRST).map(gap -> new GapToClose(gap, plan.stream()
                        .filter(action -> action.getCompetencyCode().equals(gap.getCompetencyCode()))
                        .filter(action -> action.getStatus() == DevelopmentAction.Status.PLANNED
                                || action.getStatus() == DevelopmentAction.Status.IN_PROGRESS)
                        .min(Comparator.comparing(DevelopmentAction::getDueDate))
                        .orElse(null)))
                .toList();
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
