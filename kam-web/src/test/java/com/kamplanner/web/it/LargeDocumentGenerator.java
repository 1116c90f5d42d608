package com.kamplanner.web.it;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * Makes one demo account's documents large, on top of what the demo company gives it (every section of its Key
 * Account Database, its strategy, its plan): {@value #OBJECTIVES} more objectives, {@value #PROGRAMMES} more
 * action programmes holding {@value #ACTION_PLANS} action plans, and {@value #STAKEHOLDERS} more stakeholders
 * reporting to each other. Plain JDBC batches, ids far above the application's sequences and the other
 * generators'; {@link #remove} takes it away again, as the database is shared with the other test classes.
 */
public final class LargeDocumentGenerator {

    static final int OBJECTIVES = 40;
    static final int PROGRAMMES = 10;
    static final int ACTION_PLANS = 200;
    static final int STAKEHOLDERS = 100;
    /** Buying centres, each with one open whitespace cell, which the strategy page offers to cite. */
    static final int OPEN_CELLS = 20;
    private static final long FIRST_ID = 71_000_000L;

    private LargeDocumentGenerator() {
    }

    public static void generate(DataSource dataSource, long account) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            long strategy = single(c, "select id from strategy where account_id = " + account);
            long owner = single(c, "select kam_id from account where id = " + account);
            try (PreparedStatement objective = c.prepareStatement("insert into objective (id, strategy_id, "
                    + "objective_level, title, indicator_name, indicator_unit, indicator_target, position, version) "
                    + "values (?, ?, ?, ?, 'Revenue', 'EUR', 1000, ?, 1)")) {
                for (int i = 0; i < OBJECTIVES; i++) {
                    objective.setLong(1, FIRST_ID + i);
                    objective.setLong(2, strategy);
                    objective.setString(3, i % 2 == 0 ? "STRATEGIC" : "OPERATIONAL");
                    objective.setString(4, String.format("Generated objective %02d", i));
                    objective.setInt(5, 100 + i);
                    objective.addBatch();
                }
                objective.executeBatch();
            }
            try (PreparedStatement programme = c.prepareStatement("insert into action_programme (id, strategy_id, "
                    + "name, position, version) values (?, ?, ?, ?, 1)")) {
                for (int i = 0; i < PROGRAMMES; i++) {
                    programme.setLong(1, FIRST_ID + i);
                    programme.setLong(2, strategy);
                    programme.setString(3, "Generated programme " + i);
                    programme.setInt(4, 100 + i);
                    programme.addBatch();
                }
                programme.executeBatch();
            }
            try (PreparedStatement plan = c.prepareStatement("insert into action_plan (id, programme_id, title, kind, "
                    + "objective_id, owner_id, start_date, due_date, status, version) values (?, ?, ?, ?, ?, ?, ?, ?, "
                    + "'IN_PROGRESS', 1)")) {
                LocalDate start = LocalDate.now().minusMonths(1);
                for (int i = 0; i < ACTION_PLANS; i++) {
                    plan.setLong(1, FIRST_ID + i);
                    plan.setLong(2, FIRST_ID + i % PROGRAMMES);
                    plan.setString(3, String.format("Generated action plan %03d", i));
                    plan.setString(4, i % 2 == 0 ? "CONTRACTUAL" : "RELATIONAL");
                    plan.setLong(5, FIRST_ID + i % OBJECTIVES);
                    plan.setLong(6, owner);
                    plan.setDate(7, Date.valueOf(start));
                    plan.setDate(8, Date.valueOf(start.plusDays(30 + i)));
                    plan.addBatch();
                }
                plan.executeBatch();
            }
            try (PreparedStatement stakeholder = c.prepareStatement("insert into stakeholder (id, account_id, name, "
                    + "title, decision_role, influence, attitude, reports_to_id, relationship_owner_id, last_contact, "
                    + "version) values (?, ?, ?, 'Manager', ?, ?, ?, ?, ?, ?, 1)")) {
                String[] roles = {"DECISION_MAKER", "INFLUENCER", "USER", "GATEKEEPER", "OTHER"};
                String[] attitudes = {"SUPPORTER", "NEUTRAL", "OPPONENT"};
                for (int i = 0; i < STAKEHOLDERS; i++) {
                    stakeholder.setLong(1, FIRST_ID + i);
                    stakeholder.setLong(2, account);
                    stakeholder.setString(3, String.format("Generated Stakeholder %03d", i));
                    stakeholder.setString(4, roles[i % roles.length]);
                    stakeholder.setInt(5, i % 11);
                    stakeholder.setString(6, attitudes[i % attitudes.length]);
                    if (i == 0) {
                        stakeholder.setNull(7, java.sql.Types.BIGINT);
                    } else {
                        stakeholder.setLong(7, FIRST_ID + (i - 1) / 3);
                    }
                    stakeholder.setLong(8, owner);
                    stakeholder.setDate(9, Date.valueOf(LocalDate.now().minusDays(i)));
                    stakeholder.addBatch();
                }
                stakeholder.executeBatch();
            }
            try (PreparedStatement centre = c.prepareStatement("insert into buying_centre (id, account_id, position, "
                    + "name, version) values (?, ?, ?, ?, 1)");
                 PreparedStatement cell = c.prepareStatement("insert into whitespace_cell (id, account_id, "
                         + "buying_centre_id, offering_code, state, cell_value, version) values (?, ?, ?, ?, 'OPEN', "
                         + "?, 1)")) {
                for (int i = 0; i < OPEN_CELLS; i++) {
                    centre.setLong(1, FIRST_ID + i);
                    centre.setLong(2, account);
                    centre.setInt(3, 1000 + i);
                    centre.setString(4, String.format("Generated centre %02d", i));
                    centre.addBatch();
                    cell.setLong(1, FIRST_ID + i);
                    cell.setLong(2, account);
                    cell.setLong(3, FIRST_ID + i);
                    cell.setString(4, "GEN" + i);
                    cell.setBigDecimal(5, java.math.BigDecimal.valueOf(10_000L * (i + 1)));
                    cell.addBatch();
                }
                centre.executeBatch();
                cell.executeBatch();
            }
            c.commit();
            c.setAutoCommit(autoCommit);
        }
    }

    public static void remove(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[] {"whitespace_cell", "buying_centre", "action_plan", "action_programme",
                    "objective", "stakeholder"}) {
                try (PreparedStatement delete = c.prepareStatement("delete from " + table
                        + " where id >= ? and id < ?")) {
                    delete.setLong(1, FIRST_ID);
                    delete.setLong(2, FIRST_ID + 1_000_000L);
                    delete.executeUpdate();
                }
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("nothing for " + sql);
            }
            return r.getLong(1);
        }
    }
}
