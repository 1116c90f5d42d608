package com.kamplanner.web.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Creates ({@code create}) or drops ({@code drop}) the PostgreSQL database of the {@code -Ppostgres} test run,
 * so that every run starts from an empty schema and leaves nothing behind.
 */
public final class PostgresTestDatabase {

    private PostgresTestDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String host = System.getProperty("kam.pg.host", "127.0.0.1");
        String port = System.getProperty("kam.pg.port", "5432");
        String user = System.getProperty("kam.pg.user", "postgres");
        String database = System.getProperty("kam.pg.database", "kam_it");
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe database name: " + database);
        }
        // A data source, not DriverManager: exec:java runs each execution in its own class loader, and
        // DriverManager refuses a driver registered by another one.
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setServerNames(new String[] {host});
        admin.setPortNumbers(new int[] {Integer.parseInt(port)});
        admin.setDatabaseName("postgres");
        admin.setUser(user);
        try (Connection connection = admin.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            if (args.length > 0 && "create".equals(args[0])) {
                statement.execute("create database " + database);
                System.out.println("Created PostgreSQL test database " + database);
            } else {
                System.out.println("Dropped PostgreSQL test database " + database);
            }
        }
    }
}
