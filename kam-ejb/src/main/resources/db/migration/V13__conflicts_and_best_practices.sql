-- Programme governance (issue 9), the KA Director's part: the register of potential conflicts between accounts,
-- functions or levels, with their mediation and resolution, and the best-practice library: approved plan
-- versions, complete strategies and action programmes the KA Director marks for every KAM to learn from.

create sequence programme_conflict_seq start with 50 increment by 50;

create table programme_conflict (
    id           bigint         not null primary key,
    title        varchar(200)   not null,
    kind         varchar(20)    not null,
    other_parties varchar(500),
    description  varchar(4000)  not null,
    status       varchar(14)    not null,
    resolution   varchar(4000),
    opened_by    varchar(40)    not null,
    opened_at    timestamp      not null,
    resolved_by  varchar(40),
    resolved_at  timestamp,
    version      bigint         not null default 0,
    constraint ck_programme_conflict_kind check (kind in ('BETWEEN_ACCOUNTS', 'BETWEEN_FUNCTIONS', 'BETWEEN_LEVELS')),
    constraint ck_programme_conflict_status check (status in ('OPEN', 'IN_MEDIATION', 'RESOLVED'))
);
create index ix_programme_conflict_status on programme_conflict (status, opened_at);

-- The key accounts a conflict involves.
create table conflict_party (
    conflict_id  bigint not null,
    account_id   bigint not null,
    constraint pk_conflict_party primary key (conflict_id, account_id),
    constraint fk_conflict_party_conflict foreign key (conflict_id) references programme_conflict (id) on delete cascade,
    constraint fk_conflict_party_account foreign key (account_id) references account (id) on delete cascade
);

create sequence best_practice_seq start with 50 increment by 50;

-- One marked item: exactly one of plan_version_id, strategy_id, programme_id is set, after the kind.
create table best_practice (
    id               bigint         not null primary key,
    kind             varchar(16)    not null,
    account_id       bigint         not null,
    plan_version_id  bigint,
    strategy_id      bigint,
    programme_id     bigint,
    title            varchar(300)   not null,
    comment_text     varchar(2000)  not null,
    marked_by        varchar(40)    not null,
    marked_at        timestamp      not null,
    version          bigint         not null default 0,
    constraint ck_best_practice_kind check (kind in ('PLAN_VERSION', 'STRATEGY', 'ACTION_PROGRAMME')),
    constraint uq_best_practice_plan_version unique (plan_version_id),
    constraint uq_best_practice_strategy unique (strategy_id),
    constraint uq_best_practice_programme unique (programme_id),
    constraint fk_best_practice_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_best_practice_plan_version foreign key (plan_version_id) references plan_version (id) on delete cascade,
    constraint fk_best_practice_strategy foreign key (strategy_id) references strategy (id) on delete cascade,
    constraint fk_best_practice_programme foreign key (programme_id) references action_programme (id) on delete cascade
);
create index ix_best_practice_marked on best_practice (marked_at);
