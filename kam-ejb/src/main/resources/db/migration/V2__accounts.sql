-- The account portfolio: customers with the figures the selection matrix needs, and the KAM who holds them.

create sequence account_seq start with 50 increment by 50;

create table account (
    id            bigint         not null primary key,
    name          varchar(200)   not null,
    legal_id      varchar(60),
    industry      varchar(100),
    country       varchar(2),
    annual_revenue numeric(19, 2),
    currency      varchar(3),
    our_sales_12m numeric(19, 2),
    kam_id        bigint,
    created_at    timestamp      not null,
    version       bigint         not null default 0,
    constraint fk_account_kam foreign key (kam_id) references app_user (id)
);

create index ix_account_kam on account (kam_id);
create index ix_account_name on account (name);
