-- Lists: sources, their versions (one per import), and each version's entries with their names,
-- programs, addresses, identifiers and other facts. Portable SQL for H2 2.x and PostgreSQL 13+.

create table list_source (
    id            varchar(64)   not null primary key,
    name          varchar(200)  not null,
    authority     varchar(200)  not null,
    created_at    timestamp(6) with time zone not null
);

create sequence list_version_seq start with 1 increment by 1;

create table list_version (
    id            bigint        not null primary key,
    source_id     varchar(64)   not null references list_source (id),
    list_date     date,
    content_hash  varchar(64)   not null,
    entry_count   integer       not null,
    imported_at   timestamp(6) with time zone not null,
    imported_by   varchar(200)  not null,
    origin        varchar(1000) not null,
    status        varchar(16)   not null
);
create index list_version_source_status on list_version (source_id, status);

create sequence list_entry_seq start with 1 increment by 50;

create table list_entry (
    id            bigint         not null primary key,
    version_id    bigint         not null references list_version (id) on delete cascade,
    entity_id     varchar(200)   not null,
    source_ref    varchar(128)   not null,
    entry_type    varchar(16)    not null,
    primary_name  varchar(2000)  not null,
    remarks       varchar(100000),
    content_hash  varchar(64)    not null,
    constraint list_entry_version_entity unique (version_id, entity_id)
);
create index list_entry_entity on list_entry (entity_id);

create table entry_name (
    entry_id      bigint         not null references list_entry (id) on delete cascade,
    position      integer        not null,
    name          varchar(2000)  not null,
    name_kind     varchar(16)    not null,
    weak          boolean        not null,
    primary key (entry_id, position)
);

create table entry_program (
    entry_id      bigint         not null references list_entry (id) on delete cascade,
    position      integer        not null,
    program       varchar(200)   not null,
    primary key (entry_id, position)
);

create table entry_address (
    entry_id      bigint         not null references list_entry (id) on delete cascade,
    position      integer        not null,
    street        varchar(2000),
    city          varchar(1000),
    country       varchar(200),
    remarks       varchar(2000),
    primary key (entry_id, position)
);

create table entry_identifier (
    entry_id      bigint         not null references list_entry (id) on delete cascade,
    position      integer        not null,
    id_type       varchar(200)   not null,
    id_value      varchar(1000)  not null,
    country       varchar(200),
    note          varchar(1000),
    primary key (entry_id, position)
);

create table entry_attribute (
    entry_id      bigint         not null references list_entry (id) on delete cascade,
    position      integer        not null,
    attr_kind     varchar(200)   not null,
    attr_value    varchar(10000) not null,
    primary key (entry_id, position)
);

-- Audit: one append-only record per screening, written in the screening's transaction.
create table screening_record (
    id                varchar(36)    not null primary key,
    screened_at       timestamp(6) with time zone not null,
    caller            varchar(200)   not null,
    channel           varchar(16)    not null,
    reference         varchar(200),
    query_name        varchar(2000)  not null,
    normalized_query  varchar(4000)  not null,
    query_type        varchar(16),
    purpose           varchar(16),
    outcome           varchar(16)    not null,
    top_score         double precision,
    hit_count         integer        not null,
    list_versions     varchar(4000)  not null,
    request_json      varchar(100000) not null,
    result_json       varchar(1000000) not null,
    duration_micros   bigint         not null
);
create index screening_record_reference on screening_record (reference);
create index screening_record_time on screening_record (screened_at);
