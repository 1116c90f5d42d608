package com.kamplanner.selection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test data for the selection tables, written with batched JDBC into a migrated database: KAMs, accounts, the
 * default criteria set as version 1 and a full score sheet per account, then a version 2 with other weights.
 * The benchmark and the SQL tests use it; seeded, so every run generates the same portfolio.
 */
final class PortfolioGenerator {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private final Connection connection;
    private final Random random = new Random(42);
    private long nextId = 1_000_000;
    final List<Long> accountIds = new ArrayList<>();
    final List<long[]> criteria = new ArrayList<>();
    long version1;
    long version2;

    PortfolioGenerator(Connection connection) {
        this.connection = connection;
    }

    /** {@code accounts} accounts, each scored on every criterion of version 1 but the {@code unscored} last ones. */
    void generate(int accounts, int halfScored) throws SQLException {
        connection.setAutoCommit(false);
        long kam = nextId++;
        update("insert into app_user (id, username, display_name, password_hash, created_at) values (?1, ?2, ?3, "
                + "'hash', current_timestamp)", kam, "bench.kam", "Bench KAM");
        try (PreparedStatement insert = connection.prepareStatement("insert into account (id, name, industry, "
                + "country, our_sales_12m, total_category_spend, kam_id, key_account, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, true, current_timestamp)")) {
            for (int i = 0; i < accounts; i++) {
                long id = nextId++;
                accountIds.add(id);
                insert.setLong(1, id);
                insert.setString(2, "Account " + i);
                insert.setString(3, "Industry " + (i % 12));
                insert.setString(4, i % 2 == 0 ? "FR" : "DE");
                insert.setLong(5, 10_000 + random.nextInt(1_000_000));
                insert.setLong(6, 2_000_000 + random.nextInt(5_000_000));
                insert.setLong(7, kam);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        version1 = insertSet(1, "ACTIVE", DefaultCriteriaSet.build(), null);
        try (PreparedStatement insert = connection.prepareStatement("insert into criterion_score (id, account_id, "
                + "criterion_id, score_level, scored_by, scored_at, latest) values (?, ?, ?, ?, 'bench.kam', ?, true)")) {
            Timestamp now = Timestamp.from(Instant.now());
            int rows = 0;
            for (int a = 0; a < accounts; a++) {
                boolean half = a >= accounts - halfScored;
                for (long[] criterion : criteria) {
                    if (half && criterion[2] == 1) {
                        continue;
                    }
                    insert.setLong(1, nextId++);
                    insert.setLong(2, accountIds.get(a));
                    insert.setLong(3, criterion[0]);
                    insert.setInt(4, 1 + random.nextInt(10));
                    insert.setTimestamp(5, now);
                    insert.addBatch();
                    if (++rows % 5000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    /** Version 2: the same criteria (same lineage) with other weights; version 1 is archived. */
    void activateVersionTwoWithOtherWeights() throws SQLException {
        CriteriaSet changed = DefaultCriteriaSet.build();
        List<Criterion> attractiveness = changed.criteriaOf(CriterionGroup.ATTRACTIVENESS);
        attractiveness.get(0).setWeight(20);
        attractiveness.get(1).setWeight(30);
        List<Long> lineage = criteria.stream().map(c -> c[0]).toList();
        update("update criteria_set set status = 'ARCHIVED' where id = ?1", version1);
        version2 = insertSet(2, "ACTIVE", changed, lineage);
        connection.commit();
    }

    /** The level of an account on a criterion, or null when unscored. */
    Integer level(long accountId, long criterionId) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("select score_level from criterion_score "
                + "where account_id = ? and criterion_id = ?")) {
            q.setLong(1, accountId);
            q.setLong(2, criterionId);
            try (var r = q.executeQuery()) {
                return r.next() ? r.getInt(1) : null;
            }
        }
    }

    private long insertSet(int number, String status, CriteriaSet set, List<Long> lineage) throws SQLException {
        long setId = nextId++;
        update("insert into criteria_set (id, set_number, name, status, created_at) values (?1, ?2, ?3, ?4, "
                + "current_timestamp)", setId, number, set.getName(), status);
        boolean first = lineage == null;
        int position = 0;
        for (Criterion criterion : set.getCriteria()) {
            long id = nextId++;
            update("insert into criterion (id, criteria_set_id, criterion_group, name, weight, position, lineage_id) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7)", id, setId, criterion.getGroup().name(),
                    criterion.getName(), criterion.getWeight(), position, first ? null : lineage.get(position));
            for (LevelDescriptor level : criterion.getLevels()) {
                update("insert into criterion_level (criterion_id, score_level, descriptor) values (?1, ?2, ?3)", id,
                        level.getScoreLevel(), level.getDescriptor());
            }
            if (first) {
                criteria.add(new long[] {id, criterion.getWeight(),
                        criterion.getGroup() == CriterionGroup.STRENGTH ? 1 : 0});
            }
            position++;
        }
        return setId;
    }

    /** Runs SQL written with JPA's numbered parameters ({@code ?1}), as {@link IndexStatements} is. */
    int update(String sql, Object... parameters) throws SQLException {
        List<Object> bound = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        while (m.find()) {
            bound.add(parameters[Integer.parseInt(m.group(1)) - 1]);
        }
        try (PreparedStatement statement = connection.prepareStatement(PARAMETER.matcher(sql).replaceAll("?"))) {
            for (int i = 0; i < bound.size(); i++) {
                statement.setObject(i + 1, bound.get(i));
            }
            return statement.executeUpdate();
        }
    }

    long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
