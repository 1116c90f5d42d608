-- Personal API tokens (issue 16, section 2): integrations call /api with "Authorization: Bearer <token>" instead of
-- a password. Only the SHA-256 hash of the token is kept (hex), so a database dump gives no working token; the
-- unique hash is the one index each API request looks a token up by. Revoking deletes the row. last_used_at is
-- written at most once a minute per token, not on every request. Times are UTC.

create sequence api_token_seq start with 50 increment by 50;

create table api_token (
    id            bigint       not null primary key,
    user_id       bigint       not null references app_user (id),
    name          varchar(80)  not null,
    token_hash    varchar(64)  not null,
    read_only     boolean      not null,
    created_at    timestamp    not null,
    expires_at    timestamp    not null,
    last_used_at  timestamp,
    version       bigint       not null,
    constraint uq_api_token_hash unique (token_hash)
);

create index ix_api_token_user on api_token (user_id);
