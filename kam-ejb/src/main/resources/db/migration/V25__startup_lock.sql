-- The start-up seeders (default templates, criteria set, competency framework, first administrator, demo company)
-- count rows and insert what is missing. Two nodes of a cluster starting together on an empty database would both
-- count zero and seed twice. Each seeder first locks this one row (SELECT ... FOR UPDATE) in its transaction, so
-- that the seeders of the nodes run one after the other and the second one counts what the first one committed.
CREATE TABLE startup_lock (
    name VARCHAR(40) NOT NULL,
    CONSTRAINT pk_startup_lock PRIMARY KEY (name)
);
INSERT INTO startup_lock (name) VALUES ('seeding');
