-- Single screenings applying a watchlist's suppressions look up its cleared alerts by entry.
create index alert_watchlist_entity on alert (watchlist, entity_id);
