-- Key account selection: versioned criteria sets (draft, active, archived), their weighted criteria in two
-- groups with a written descriptor for each level 1..10, the scores KAMs give per account and criterion, and the
-- indices computed from them per account and criteria set, so that the matrix reads one row per account.

create sequence criteria_set_seq start with 50 increment by 50;

create table criteria_set (
    id           bigint       not null primary key,
    set_number   integer      not null,
    name         varchar(120) not null,
    status       varchar(10)  not null,
    created_at   timestamp    not null,
    activated_at timestamp,
    version      bigint       not null default 0,
    constraint uq_criteria_set_number unique (set_number),
    constraint ck_criteria_set_status check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED'))
);

create sequence criterion_seq start with 50 increment by 50;

create table criterion (
    id              bigint       not null primary key,
    criteria_set_id bigint       not null,
    criterion_group varchar(20)  not null,
    name            varchar(120) not null,
    weight          integer      not null,
    position        integer      not null,
    lineage_id      bigint,
    version         bigint       not null default 0,
    constraint fk_criterion_set foreign key (criteria_set_id) references criteria_set (id) on delete cascade,
    constraint ck_criterion_group check (criterion_group in ('ATTRACTIVENESS', 'STRENGTH')),
    constraint ck_criterion_weight check (weight between 1 and 100)
);
create index ix_criterion_set on criterion (criteria_set_id, criterion_group);

create table criterion_level (
    criterion_id bigint        not null,
    score_level  integer       not null,
    descriptor   varchar(500)  not null,
    constraint pk_criterion_level primary key (criterion_id, score_level),
    constraint fk_criterion_level_criterion foreign key (criterion_id) references criterion (id) on delete cascade,
    constraint ck_criterion_level_range check (score_level between 1 and 10)
);

create sequence criterion_score_seq start with 50 increment by 50;

-- One score per account and criterion: the criterion tells the criteria set (version) it was made under. A
-- criterion copied into a newer set shares its lineage (lineage_id, the first criterion's id, null on that first
-- one), so the latest score of the lineage keeps counting after a new version is activated, until re-scored.
create table criterion_score (
    id              bigint        not null primary key,
    account_id      bigint        not null,
    criterion_id    bigint        not null,
    score_level     integer       not null,
    score_comment   varchar(1000),
    scored_by       varchar(40)   not null,
    scored_at       timestamp     not null,
    latest          boolean       not null default true,
    version         bigint        not null default 0,
    constraint fk_criterion_score_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_criterion_score_criterion foreign key (criterion_id) references criterion (id) on delete cascade,
    constraint uq_criterion_score unique (account_id, criterion_id),
    constraint ck_criterion_score_level check (score_level between 1 and 10)
);
create index ix_criterion_score_criterion on criterion_score (criterion_id, latest);

-- Computed, never edited: the weighted indices (0..10) of an account under a criteria set. An index is null
-- while any criterion of its group is unscored.
create table account_index (
    account_id      bigint       not null,
    criteria_set_id bigint       not null,
    attractiveness  numeric(5, 2),
    strength        numeric(5, 2),
    computed_at     timestamp    not null,
    constraint pk_account_index primary key (account_id, criteria_set_id),
    constraint fk_account_index_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_account_index_set foreign key (criteria_set_id) references criteria_set (id) on delete cascade
);
create index ix_account_index_set on account_index (criteria_set_id);
