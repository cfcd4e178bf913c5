-- The webhook outbox: one delivery per alert and configured webhook, written in the transaction
-- that stores the alert, and every attempt to deliver it. A sender claims due PENDING rows
-- (FOR UPDATE SKIP LOCKED) and leases them by pushing next_attempt_at past the attempt, under a
-- fresh lease_token, so that replicas never send the same row at the same time; a replica that
-- dies mid-attempt leaves the row due again when the lease runs out. Portable SQL for H2 2.x and
-- PostgreSQL.
create sequence webhook_delivery_seq start with 1 increment by 1;

create table webhook_delivery (
    id               bigint        not null primary key,
    delivery_id      varchar(36)   not null,
    alert_id         bigint        not null,
    watchlist        varchar(200)  not null,
    target           varchar(2000) not null,
    body             varchar(1000000) not null,
    status           varchar(16)   not null,
    attempts         integer       not null,
    created_at       timestamp(6) with time zone not null,
    next_attempt_at  timestamp(6) with time zone not null,
    lease_token      varchar(36),
    finished_at      timestamp(6) with time zone,
    constraint webhook_delivery_delivery_id unique (delivery_id)
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_alert on webhook_delivery (alert_id);

create sequence webhook_attempt_seq start with 1 increment by 1;

create table webhook_attempt (
    id            bigint        not null primary key,
    delivery_id   bigint        not null references webhook_delivery (id),
    alert_id      bigint        not null,
    attempted_at  timestamp(6) with time zone not null,
    target        varchar(2000) not null,
    http_status   integer       not null,
    error         varchar(1000),
    delivered     boolean       not null
);
create index webhook_attempt_alert on webhook_attempt (alert_id, attempted_at);
