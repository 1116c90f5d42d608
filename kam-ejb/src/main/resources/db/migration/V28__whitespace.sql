-- The whitespace map (issue 20, part 2): the catalogue of our offerings the KA Director keeps (versioned, names in
-- English and French, each offering active or retired), the customer's buying centres of each key account, and
-- one cell per offering code and buying centre with its state (supplied, open, held by a competitor, not relevant,
-- unknown) and values in the account's currency. Cells name the offering by its code, so they outlive catalogue
-- versions. A situation potential may cite an open cell.

create sequence offering_catalogue_seq start with 50 increment by 50;

create table offering_catalogue (
    id               bigint      not null primary key,
    catalogue_number integer     not null,
    status           varchar(10) not null,
    created_at       timestamp   not null,
    activated_at     timestamp,
    version          bigint      not null default 0,
    constraint uq_offering_catalogue_number unique (catalogue_number),
    constraint ck_offering_catalogue_status check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED'))
);

create sequence offering_seq start with 50 increment by 50;

create table offering (
    id           bigint       not null primary key,
    catalogue_id bigint       not null,
    position     integer      not null,
    code         varchar(20)  not null,
    name_en      varchar(120) not null,
    name_fr      varchar(120) not null,
    active       boolean      not null,
    constraint fk_offering_catalogue foreign key (catalogue_id) references offering_catalogue (id) on delete cascade,
    constraint uq_offering_code unique (catalogue_id, code)
);

create sequence buying_centre_seq start with 50 increment by 50;

create table buying_centre (
    id         bigint       not null primary key,
    account_id bigint       not null,
    position   integer      not null,
    name       varchar(120) not null,
    version    bigint       not null default 0,
    constraint fk_buying_centre_account foreign key (account_id) references account (id) on delete cascade,
    constraint uq_buying_centre_name unique (account_id, name)
);

create sequence whitespace_cell_seq start with 50 increment by 50;

create table whitespace_cell (
    id               bigint         not null primary key,
    account_id       bigint         not null,
    buying_centre_id bigint         not null,
    offering_code    varchar(20)    not null,
    state            varchar(12)    not null,
    cell_value       numeric(15, 2),
    competitor       varchar(200),
    stage            varchar(12),
    expected_on      date,
    objective_id     bigint,
    action_plan_id   bigint,
    updated_by       varchar(100),
    updated_at       timestamp,
    version          bigint         not null default 0,
    constraint fk_whitespace_cell_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_whitespace_cell_centre foreign key (buying_centre_id) references buying_centre (id) on delete cascade,
    constraint fk_whitespace_cell_objective foreign key (objective_id) references objective (id) on delete set null,
    constraint fk_whitespace_cell_action_plan foreign key (action_plan_id) references action_plan (id) on delete set null,
    constraint uq_whitespace_cell unique (buying_centre_id, offering_code),
    constraint ck_whitespace_cell_state check (state in ('SUPPLIED', 'OPEN', 'COMPETITOR', 'NOT_RELEVANT', 'UNKNOWN')),
    constraint ck_whitespace_cell_stage check (stage is null or stage in ('IDENTIFIED', 'QUALIFIED', 'PROPOSED', 'NEGOTIATING'))
);

create index ix_whitespace_cell_offering on whitespace_cell (offering_code, state);
create index ix_whitespace_cell_account on whitespace_cell (account_id);

alter table potential_citation add column whitespace_cell_id bigint;
alter table potential_citation drop constraint ck_citation_source;
alter table potential_citation add constraint ck_citation_source check (source in ('FIELD', 'STAKEHOLDER', 'WHITESPACE'));
