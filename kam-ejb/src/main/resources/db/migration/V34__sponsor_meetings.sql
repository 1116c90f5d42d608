-- Issue 19 §2: the executive sponsorship programme in depth. A sponsor meeting keeps its outcomes, who attended
-- on both sides (the customer's from the stakeholder map, ours from the users) and the follow-up actions the
-- sponsor recorded, each with an owner and a due date, until the KAM turns it into an action plan of the strategy.
-- Each sponsorship names its customer counterpart, a stakeholder of the account's map.
alter table sponsor_meeting add column outcomes varchar(2000);

create table sponsor_meeting_customer (
    meeting_id     bigint not null,
    stakeholder_id bigint not null,
    primary key (meeting_id, stakeholder_id),
    constraint fk_sponsor_meeting_customer_meeting foreign key (meeting_id) references sponsor_meeting (id)
        on delete cascade,
    constraint fk_sponsor_meeting_customer_stakeholder foreign key (stakeholder_id) references stakeholder (id)
        on delete cascade
);
create index ix_sponsor_meeting_customer_stakeholder on sponsor_meeting_customer (stakeholder_id);

create table sponsor_meeting_attendee (
    meeting_id bigint not null,
    user_id    bigint not null,
    primary key (meeting_id, user_id),
    constraint fk_sponsor_meeting_attendee_meeting foreign key (meeting_id) references sponsor_meeting (id)
        on delete cascade,
    constraint fk_sponsor_meeting_attendee_user foreign key (user_id) references app_user (id)
);
create index ix_sponsor_meeting_attendee_user on sponsor_meeting_attendee (user_id);

create sequence sponsor_follow_up_seq start with 50 increment by 50;

-- A follow-up action of a sponsor meeting. It waits in the KAM's work list while action_plan_id is null; once
-- turned into an action plan it keeps who did it and when, even if the plan is later deleted.
create table sponsor_follow_up (
    id             bigint       not null primary key,
    meeting_id     bigint       not null,
    title          varchar(200) not null,
    owner_id       bigint       not null,
    due_date       date         not null,
    action_plan_id bigint,
    turned_at      timestamp,
    turned_by      varchar(100),
    version        bigint       not null default 0,
    constraint fk_sponsor_follow_up_meeting foreign key (meeting_id) references sponsor_meeting (id)
        on delete cascade,
    constraint fk_sponsor_follow_up_owner foreign key (owner_id) references app_user (id),
    constraint fk_sponsor_follow_up_plan foreign key (action_plan_id) references action_plan (id)
        on delete set null
);
create index ix_sponsor_follow_up_meeting on sponsor_follow_up (meeting_id);
create index ix_sponsor_follow_up_open on sponsor_follow_up (turned_at, meeting_id);

create sequence sponsor_counterpart_seq start with 50 increment by 50;

-- The customer's counterpart of an account's executive sponsor: one stakeholder of its map per account.
create table sponsor_counterpart (
    id             bigint       not null primary key,
    account_id     bigint       not null,
    stakeholder_id bigint       not null,
    named_by       varchar(100) not null,
    version        bigint       not null default 0,
    constraint uq_sponsor_counterpart_account unique (account_id),
    constraint fk_sponsor_counterpart_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_sponsor_counterpart_stakeholder foreign key (stakeholder_id) references stakeholder (id)
        on delete cascade
);
