-- A round whose play the host ended before its time (issue 19, M2): it stays in the
-- session history, marked, and counts on no board or apprentice record. Rounds stored
-- before this release all ran to their end (false keeps every result as it counted).
alter table rounds add column ended_early boolean not null default false;
