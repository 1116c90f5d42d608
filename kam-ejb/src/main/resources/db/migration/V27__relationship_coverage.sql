-- Relationship coverage (issue 20, part 1): who of our people knows which stakeholder and how well, the influence
-- lines between stakeholders beyond the reporting line, and the history of a stakeholder's attitude to us.
create sequence stakeholder_relationship_seq start with 50 increment by 50;
create table stakeholder_relationship (
    id             bigint      not null primary key,
    stakeholder_id bigint      not null,
    user_id        bigint      not null,
    strength       varchar(12) not null,
    last_contact   date,
    version        bigint      not null default 0,
    constraint fk_relationship_stakeholder foreign key (stakeholder_id) references stakeholder (id) on delete cascade,
    constraint fk_relationship_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint uq_relationship unique (stakeholder_id, user_id),
    constraint ck_relationship_strength check (strength in ('NONE', 'ACQUAINTED', 'REGULAR', 'TRUSTED'))
);
create index ix_relationship_user on stakeholder_relationship (user_id);

create sequence influence_line_seq start with 50 increment by 50;
create table influence_line (
    id         bigint      not null primary key,
    account_id bigint      not null,
    from_id    bigint      not null,
    to_id      bigint      not null,
    kind       varchar(12) not null,
    constraint fk_influence_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_influence_from foreign key (from_id) references stakeholder (id) on delete cascade,
    constraint fk_influence_to foreign key (to_id) references stakeholder (id) on delete cascade,
    constraint uq_influence_line unique (from_id, to_id),
    constraint ck_influence_not_self check (from_id <> to_id),
    constraint ck_influence_kind check (kind in ('INFLUENCES', 'ALLY', 'ADVERSARY'))
);
create index ix_influence_account on influence_line (account_id);
create index ix_influence_to on influence_line (to_id);

create sequence attitude_change_seq start with 50 increment by 50;
create table attitude_change (
    id             bigint       not null primary key,
    stakeholder_id bigint       not null,
    attitude       varchar(10)  not null,
    previous       varchar(10),
    changed_at     timestamp    not null,
    changed_by     varchar(100) not null,
    constraint fk_attitude_stakeholder foreign key (stakeholder_id) references stakeholder (id) on delete cascade,
    constraint ck_attitude_change check (attitude in ('SUPPORTER', 'NEUTRAL', 'OPPONENT'))
);
create index ix_attitude_change_stakeholder on attitude_change (stakeholder_id, changed_at);
