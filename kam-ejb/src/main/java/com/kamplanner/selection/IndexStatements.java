package com.kamplanner.selection;

/**
 * The set-based SQL that (re)computes {@code account_index}: one delete and one insert-select per criteria set,
 * so re-scoring 10,000 accounts never loads an entity. Each criterion of the set takes the latest score of its
 * lineage, so a new version with new weights reuses the scores made under the previous one. An index is null
 * while any criterion of its group is unscored. Plain SQL that H2 and PostgreSQL both run; the benchmark runs
 * these very strings. Parameters: {@code ?1} the criteria set, {@code ?2} the account.
 */
public final class IndexStatements {

    private static final String INSERT = "insert into account_index "
            + "(account_id, criteria_set_id, attractiveness, strength, computed_at) "
            + "select s.account_id, c.criteria_set_id, "
            + group("ATTRACTIVENESS", "attractiveness_count") + ", "
            + group("STRENGTH", "strength_count") + ", current_timestamp "
            + "from criterion_score s "
            + "join (select sc.id scored_id, n.criteria_set_id, n.criterion_group, n.weight from criterion sc "
            + "join criterion n on coalesce(n.lineage_id, n.id) = coalesce(sc.lineage_id, sc.id) "
            + "where n.criteria_set_id = ?1) c on c.scored_id = s.criterion_id "
            + "join (select criteria_set_id, "
            + "sum(case when criterion_group = 'ATTRACTIVENESS' then 1 else 0 end) attractiveness_count, "
            + "sum(case when criterion_group = 'STRENGTH' then 1 else 0 end) strength_count "
            + "from criterion where criteria_set_id = ?1 group by criteria_set_id) t "
            + "on t.criteria_set_id = c.criteria_set_id "
            + "where s.latest = true";

    private static final String GROUP_BY = " group by s.account_id, c.criteria_set_id, t.attractiveness_count, "
            + "t.strength_count";

    /** Removes every index of a criteria set. */
    public static final String DELETE_ALL = "delete from account_index where criteria_set_id = ?1";

    /** Computes the index of every scored account under a criteria set. */
    public static final String INSERT_ALL = INSERT + GROUP_BY;

    /** Removes one account's index under a criteria set. */
    public static final String DELETE_ONE = "delete from account_index where criteria_set_id = ?1 and account_id = ?2";

    /** Computes one account's index under a criteria set, after it was scored. */
    public static final String INSERT_ONE = INSERT + " and s.account_id = ?2" + GROUP_BY;

    /** Marks older scores of the same lineage as superseded once a criterion is scored: ?1 account, ?2 criterion. */
    public static final String SUPERSEDE = "update criterion_score set latest = false where account_id = ?1 "
            + "and criterion_id <> ?2 and latest = true and criterion_id in (select o.id from criterion o "
            + "join criterion n on coalesce(o.lineage_id, o.id) = coalesce(n.lineage_id, n.id) where n.id = ?2)";

    private IndexStatements() {
    }

    private static String group(String group, String count) {
        return "case when sum(case when c.criterion_group = '" + group + "' then 1 else 0 end) = t." + count
                + " then sum(case when c.criterion_group = '" + group + "' then c.weight * s.score_level "
                + "else 0 end) / 100.0 end";
    }
}
