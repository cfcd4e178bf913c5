-- When a version became the one screenings use: screening "as of" a past instant takes, per
-- source, the last version activated at or before it. Versions stored before this migration take
-- their import time. Portable SQL for H2 2.x and PostgreSQL.
alter table list_version add column activated_at timestamp(6) with time zone;
update list_version set activated_at = imported_at where status <> 'IMPORTING';
create index list_version_activated on list_version (source_id, activated_at);
