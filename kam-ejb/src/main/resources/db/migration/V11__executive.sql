-- The executive's view of the programme (issue 9): the programme's investment lines (headcount of KAMs and of
-- team roles, training, tools), one line per label and year with its budget and actual in EUR, proposed by the
-- KA Director and approved by an executive; and the indexes the portfolio-at-a-glance roll-ups need at scale.

create sequence investment_line_seq start with 50 increment by 50;

create table investment_line (
    id           bigint         not null primary key,
    category     varchar(20)    not null,
    label        varchar(200)   not null,
    budget_year  integer        not null,
    budget       numeric(19, 2) not null,
    actual       numeric(19, 2) not null,
    status       varchar(12)    not null,
    proposed_by  varchar(40)    not null,
    approved_by  varchar(40),
    approved_at  timestamp,
    version      bigint         not null default 0,
    constraint ck_investment_line_category check (category in ('HEADCOUNT_KAM', 'HEADCOUNT_TEAM', 'TRAINING', 'TOOLS')),
    constraint ck_investment_line_status check (status in ('PROPOSED', 'APPROVED')),
    constraint ck_investment_line_amounts check (budget >= 0 and actual >= 0),
    constraint ck_investment_line_year check (budget_year between 2000 and 2100)
);

create index ix_investment_line_year on investment_line (budget_year);

-- Roll-ups of plans per account (approved, stale) and of the latest indicator actual per objective.
create index ix_plan_version_plan_approved on plan_version (plan_id, approved_at);
create index ix_objective_unit on objective (indicator_unit, objective_level);
