-- Programme governance (issue 9), the executive's part: the corporate strategic priorities executives keep, the
-- links from the strategic objectives of the accounts' strategies to the priorities they serve, and the sponsor
-- meetings an executive sponsor logs on the accounts they sponsor.

create sequence corporate_priority_seq start with 50 increment by 50;

create table corporate_priority (
    id           bigint        not null primary key,
    title        varchar(200)  not null,
    description  varchar(2000),
    from_year    integer       not null,
    to_year      integer       not null,
    retired      boolean       not null default false,
    created_at   timestamp     not null,
    created_by   varchar(40)   not null,
    version      bigint        not null default 0,
    constraint ck_corporate_priority_period check (from_year <= to_year)
);

create sequence priority_link_seq start with 50 increment by 50;

-- A strategic objective serves a priority. Deleting the objective drops its links; a priority that objectives
-- serve cannot be deleted (no cascade: the service refuses first and offers retiring it).
create table priority_link (
    id            bigint       not null primary key,
    objective_id  bigint       not null,
    priority_id   bigint       not null,
    linked_by     varchar(40)  not null,
    linked_at     timestamp    not null,
    version       bigint       not null default 0,
    constraint uq_priority_link unique (objective_id, priority_id),
    constraint fk_priority_link_objective foreign key (objective_id) references objective (id) on delete cascade,
    constraint fk_priority_link_priority foreign key (priority_id) references corporate_priority (id)
);
create index ix_priority_link_priority on priority_link (priority_id);

create sequence sponsor_meeting_seq start with 50 increment by 50;

-- A meeting of the executive sponsor with the account, logged by the sponsor.
create table sponsor_meeting (
    id            bigint        not null primary key,
    account_id    bigint        not null,
    sponsor_id    bigint        not null,
    meeting_date  date          not null,
    note          varchar(2000) not null,
    created_at    timestamp     not null,
    version       bigint        not null default 0,
    constraint fk_sponsor_meeting_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_sponsor_meeting_sponsor foreign key (sponsor_id) references app_user (id)
);
create index ix_sponsor_meeting_account on sponsor_meeting (account_id, meeting_date);
