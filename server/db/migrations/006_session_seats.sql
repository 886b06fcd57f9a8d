-- Review N1: a hosted session that is open (lobby or between rounds) survives a crash of the
-- server process. Its seats, host key and playlist position are kept as one small JSON
-- snapshot (written when they change, at most once a second; never for solo practice) and
-- dropped when the session ends. A restarted process recreates the room from it; with
-- several processes (Redis) exactly one claims it (restore_claim, compare-and-set).
alter table sessions add column seats_snapshot jsonb;
alter table sessions add column restore_claim text;
alter table sessions add column restore_claimed_at timestamptz;
