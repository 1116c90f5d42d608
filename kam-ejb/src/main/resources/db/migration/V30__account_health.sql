-- Account health (issue 18 §1). The KA Director weighs seven components per segment; each change is a new
-- version of that segment's weights (draft -> active -> archived, as the criteria sets), so the history stays.
-- The scores are computed set-based by a scheduled refresh and kept here, never per account at page time:
-- account_health holds each key account's current score (null when nothing is known), account_health_component
-- the value, weight and facts behind each component, account_health_month one score per account and month (the
-- nightly snapshot), and health_refresh when the scores were computed and whether a write made them stale.
create sequence health_weights_seq start with 1000 increment by 50;

create table health_weights (
    id                   bigint      not null primary key,
    segment              varchar(20) not null,
    weights_number       integer     not null,
    status               varchar(10) not null,
    created_at           timestamp   not null,
    activated_at         timestamp,
    plan_freshness       integer     not null,
    document_compliance  integer     not null,
    stakeholder_coverage integer     not null,
    action_progress      integer     not null,
    indicator_trajectory integer     not null,
    sponsor_engagement   integer     not null,
    relationship_stage   integer     not null,
    drop_threshold       integer     not null,
    alert_below          integer     not null,
    version              bigint      not null default 0,
    constraint uq_health_weights_number unique (segment, weights_number),
    constraint ck_health_weights_segment check (segment in ('STRATEGIC', 'STAR', 'STATUS', 'STREAMLINE')),
    constraint ck_health_weights_status check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    constraint ck_health_weights_range check (plan_freshness between 0 and 100 and document_compliance between 0 and 100
        and stakeholder_coverage between 0 and 100 and action_progress between 0 and 100
        and indicator_trajectory between 0 and 100 and sponsor_engagement between 0 and 100
        and relationship_stage between 0 and 100),
    constraint ck_health_weights_drop check (drop_threshold between 1 and 100),
    constraint ck_health_weights_alert check (alert_below between 0 and 100)
);
create index ix_health_weights_segment on health_weights (segment, status);

insert into health_weights (id, segment, weights_number, status, created_at, activated_at, plan_freshness,
    document_compliance, stakeholder_coverage, action_progress, indicator_trajectory, sponsor_engagement,
    relationship_stage, drop_threshold, alert_below)
values (1, 'STRATEGIC', 1, 'ACTIVE', current_timestamp, current_timestamp, 15, 15, 15, 20, 15, 15, 5, 15, 50),
       (2, 'STAR', 1, 'ACTIVE', current_timestamp, current_timestamp, 15, 15, 15, 20, 15, 15, 5, 15, 50),
       (3, 'STATUS', 1, 'ACTIVE', current_timestamp, current_timestamp, 20, 20, 15, 25, 10, 0, 10, 15, 40),
       (4, 'STREAMLINE', 1, 'ACTIVE', current_timestamp, current_timestamp, 20, 30, 10, 30, 10, 0, 0, 15, 30);

create table account_health (
    account_id  bigint    not null primary key,
    score       integer,
    computed_at timestamp not null,
    constraint fk_account_health_account foreign key (account_id) references account (id) on delete cascade,
    constraint ck_account_health_score check (score is null or score between 0 and 100)
);
create index ix_account_health_score on account_health (score);

create table account_health_component (
    account_id bigint      not null,
    component  varchar(30) not null,
    score      integer,
    weight     integer     not null,
    fact_a     integer,
    fact_b     integer,
    fact_c     integer,
    constraint pk_account_health_component primary key (account_id, component),
    constraint fk_health_component_account foreign key (account_id) references account (id) on delete cascade
);

create table account_health_month (
    account_id bigint  not null,
    month_start date   not null,
    score      integer,
    constraint pk_account_health_month primary key (account_id, month_start),
    constraint fk_health_month_account foreign key (account_id) references account (id) on delete cascade
);

create table health_refresh (
    id           integer   not null primary key,
    computed_at  timestamp,
    stale_since  timestamp
);
insert into health_refresh (id, computed_at, stale_since) values (1, null, current_timestamp);
