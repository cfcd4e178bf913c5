-- Ongoing monitoring: watchlists of the bank's counterparties, the alerts their screening raises,
-- each alert's append-only history, and the background re-screen jobs. Portable SQL for H2 2.x and
-- PostgreSQL 13+.

create table watchlist (
    name          varchar(100)  not null primary key,
    description   varchar(2000),
    purpose       varchar(20)   not null,
    threshold     double precision not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null
);

create sequence watched_party_seq start with 1 increment by 50;

create table watched_party (
    id            bigint        not null primary key,
    watchlist     varchar(100)  not null references watchlist (name),
    reference     varchar(200)  not null,
    name          varchar(2000) not null,
    party_type    varchar(16),
    country       varchar(100),
    birth_date    varchar(10),
    identifiers   varchar(10000),
    added_at      timestamp(6) with time zone not null,
    added_by      varchar(200)  not null,
    constraint watched_party_reference unique (watchlist, reference)
);

create sequence alert_seq start with 1 increment by 50;

-- One alert per (watchlist, party, entry, content of the entry): the same hit never alerts twice,
-- and an entry whose names, identifiers or programs change alerts again.
create table alert (
    id                 bigint        not null primary key,
    watchlist          varchar(100)  not null references watchlist (name),
    party_reference    varchar(200)  not null,
    party_name         varchar(2000) not null,
    entity_id          varchar(200)  not null,
    entry_hash         varchar(64)   not null,
    source             varchar(64)   not null,
    list_version_id    bigint        not null,
    listed_name        varchar(2000) not null,
    matched_name       varchar(2000) not null,
    score              double precision not null,
    purpose            varchar(20)   not null,
    outcome            varchar(16)   not null,
    explanation        varchar(100000) not null,
    status             varchar(20)   not null,
    raised_at          timestamp(6) with time zone not null,
    raised_by          varchar(200)  not null,
    previous_alert_id  bigint,
    decision           varchar(20),
    decided_by         varchar(200),
    decided_at         timestamp(6) with time zone,
    approved_by        varchar(200),
    approved_at        timestamp(6) with time zone,
    constraint alert_once unique (watchlist, party_reference, entity_id, entry_hash)
);
create index alert_status_raised on alert (status, raised_at);
create index alert_watchlist_raised on alert (watchlist, raised_at);

create sequence alert_event_seq start with 1 increment by 50;

create table alert_event (
    id            bigint        not null primary key,
    alert_id      bigint        not null references alert (id),
    at            timestamp(6) with time zone not null,
    actor         varchar(200)  not null,
    action        varchar(30)   not null,
    status        varchar(20)   not null,
    comment       varchar(2000)
);
create index alert_event_alert on alert_event (alert_id, id);

create sequence rescreen_job_seq start with 1 increment by 1;

-- A full re-screen of a watchlist, claimed by one replica at a time through a lease, and resumed
-- from its cursor (the last party id done) by another when that lease runs out.
create table rescreen_job (
    id              bigint        not null primary key,
    watchlist       varchar(100)  not null references watchlist (name),
    status          varchar(16)   not null,
    requested_by    varchar(200)  not null,
    requested_at    timestamp(6) with time zone not null,
    started_at      timestamp(6) with time zone,
    finished_at     timestamp(6) with time zone,
    total           bigint        not null,
    done            bigint        not null,
    cursor_id       bigint        not null,
    alerts_raised   bigint        not null,
    lease_owner     varchar(100),
    lease_until     timestamp(6) with time zone,
    error           varchar(2000)
);
create index rescreen_job_status on rescreen_job (status, id);
