-- Issue 17, node-local state: a background account import's progress and outcome live in the database, not in
-- the memory of the node that runs it, so that the page polling it may reach any node of the cluster. The import
-- itself stays one transaction on one node; its run is written beside it in short transactions of its own.
-- The outcome is the report (or the reason it failed) as the application serialised it, base64.
create table import_run (
    id           varchar(36)     not null,
    owner_name   varchar(100)    not null,
    file_name    varchar(255)    not null,
    started_at   timestamp       not null,
    updated_at   timestamp       not null,
    total_steps  integer         not null,
    done_steps   integer         not null,
    finished     boolean         not null,
    outcome      varchar(1000000),
    constraint pk_import_run primary key (id)
);
create index ix_import_run_started on import_run (started_at);
