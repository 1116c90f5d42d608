-- Continuous improvement (issue 9): the programme's figures kept quarter by quarter (recorded every night, so a
-- past quarter keeps its closing figures), and the improvement actions of the KA Director's quarterly review.

create sequence quarter_figures_seq start with 50 increment by 50;

create table quarter_figures (
    id                 bigint    not null primary key,
    figures_year       integer   not null,
    figures_quarter    integer   not null,
    key_accounts       bigint    not null,
    covered            bigint    not null,
    compliant          bigint    not null,
    fresh              bigint    not null,
    late_action_plans  bigint    not null,
    recorded_on        date      not null,
    version            bigint    not null default 0,
    constraint uq_quarter_figures unique (figures_year, figures_quarter),
    constraint ck_quarter_figures_quarter check (figures_quarter between 1 and 4)
);

create sequence improvement_action_seq start with 50 increment by 50;

create table improvement_action (
    id             bigint         not null primary key,
    title          varchar(300)   not null,
    description    varchar(2000),
    owner_id       bigint         not null,
    due_date       date,
    status         varchar(12)    not null,
    raised_year    integer        not null,
    raised_quarter integer        not null,
    created_by     varchar(40)    not null,
    created_at     timestamp      not null,
    updated_by     varchar(40),
    updated_at     timestamp,
    version        bigint         not null default 0,
    constraint fk_improvement_action_owner foreign key (owner_id) references app_user (id),
    constraint ck_improvement_action_status check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    constraint ck_improvement_action_quarter check (raised_quarter between 1 and 4)
);
create index ix_improvement_action_status on improvement_action (status);
create index ix_improvement_action_owner on improvement_action (owner_id);
