-- Lists: what changed per version, the refresh state of each source, and the lock that lets one
-- importer at a time write list versions across replicas. Portable SQL for H2 2.x and PostgreSQL.

-- Counts of a version: its names, and what changed against the version it replaced (null for
-- versions imported before this migration).
alter table list_version add column name_count integer;
alter table list_version add column previous_version_id bigint;
alter table list_version add column added_count integer;
alter table list_version add column removed_count integer;
alter table list_version add column modified_count integer;
-- The versions of a source, newest first (version list, the version before another).
create index list_version_source_id on list_version (source_id, id);

-- The last refresh attempt of a source from its download address, whoever ran it: when it began,
-- how it ended (RUNNING until it ends), why it failed, and when a refresh last confirmed the
-- content current (imported it, or found it unchanged).
alter table list_source add column last_refresh_at timestamp(6) with time zone;
alter table list_source add column last_refresh_outcome varchar(16);
alter table list_source add column last_refresh_error varchar(2000);
alter table list_source add column last_refresh_ok_at timestamp(6) with time zone;

-- One row per lock. An import holds 'import' (SELECT ... FOR UPDATE) for its whole transaction,
-- so imports take turns across replicas; the database releases it on commit, rollback or a
-- dropped connection (a killed process).
create table list_import_lock (
    name          varchar(32)   not null primary key
);
insert into list_import_lock (name) values ('import');
