-- Issue 19 §1 and §4: the Strategy Formulation Process gets a template the KA Director versions (draft -> active
-- -> archived, per segment or for all) like the Database's and the Plan's. It holds the rules a strategy must meet
-- to count as compliant (strategy.ComplianceCheck in Java, strategy.ComplianceSql in SQL), the guidance shown at
-- each step, the matrix tools offered at the orientation step and the horizon of strategic objectives.
-- The first version reproduces the five checks hard-coded until now (every step filled, an indicator on every
-- objective, every strategic objective traced to a TOWS option, programmes with both kinds of plans, every plan
-- serving an objective), so no strategy changes compliance until the KA Director edits it: its horizon of three
-- years is shown, not checked, until a version checks it (horizon_checked).
-- Above the first version's id: EclipseLink hands out the 50 ids below each value it draws.
create sequence strategy_template_seq start with 100 increment by 50;

create table strategy_template (
    id                     bigint       not null primary key,
    name                   varchar(120) not null,
    template_number        integer      not null,
    status                 varchar(10)  not null,
    created_at             timestamp    not null,
    activated_at           timestamp,
    segment                varchar(20),
    min_potentials_per_kind integer     not null default 0,
    tows_per_pair_used     boolean      not null default false,
    indicators_required    boolean      not null default true,
    strategic_traced       boolean      not null default true,
    programmes_both_kinds  boolean      not null default true,
    plans_serve_objective  boolean      not null default true,
    horizon_checked        boolean      not null default false,
    horizon_years          integer      not null default 3,
    matrix_tools           varchar(100) not null default 'SELECTION_MATRIX,TOWS',
    version                bigint       not null default 0,
    constraint uq_strategy_template_number unique (template_number),
    constraint ck_strategy_template_status check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    constraint ck_strategy_template_segment check (segment in ('STRATEGIC', 'STAR', 'STATUS', 'STREAMLINE')),
    constraint ck_strategy_template_potentials check (min_potentials_per_kind between 0 and 20),
    constraint ck_strategy_template_horizon check (horizon_years between 1 and 10)
);

create table strategy_template_step (
    template_id bigint        not null,
    step        varchar(20)   not null,
    required    boolean       not null,
    guidance_en varchar(1000),
    guidance_fr varchar(1000),
    constraint pk_strategy_template_step primary key (template_id, step),
    constraint fk_strategy_template_step foreign key (template_id) references strategy_template (id) on delete cascade,
    constraint ck_strategy_template_step check (step in
        ('POTENTIALS', 'ORIENTATION', 'OBJECTIVES', 'PROGRAMMES', 'VISION', 'CONTINGENCIES'))
);

insert into strategy_template (id, name, template_number, status, created_at, activated_at, version)
    values (1, 'Strategy Formulation Process', 1, 'ACTIVE', current_timestamp, current_timestamp, 1);
insert into strategy_template_step (template_id, step, required) values
    (1, 'POTENTIALS', true), (1, 'ORIENTATION', true), (1, 'OBJECTIVES', true), (1, 'PROGRAMMES', true),
    (1, 'VISION', true), (1, 'CONTINGENCIES', true);
