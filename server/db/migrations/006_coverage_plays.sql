-- Issue 21 §2, coverage by curriculum item: the group matrix (200 apprentices) must answer in
-- well under 200 ms on PGlite, and aggregating every counted result of a company each time
-- (100,000 rows for 200 apprentices with 500 rounds each) does not. One row per apprentice and
-- level played, kept up to date by SessionRepository.saveRound in the same transaction as the
-- round; the same rows as board_points count (hosted company sessions, card holders, not
-- ended early), except rounds of a company's own Werkstatt task set (the level's curriculum
-- tags describe the built-in set, not what a company wrote). best: the best score in the
-- game's own points; last_at: the latest round start.
-- Deleting an apprentice or a company deletes their rows (on delete cascade).
create table coverage_plays (
  apprentice_id text not null references apprentices(id) on delete cascade,
  company_id text not null references companies(id) on delete cascade,
  game_id text not null,
  level int not null,
  rounds int not null,
  best int not null,
  last_at timestamptz not null,
  primary key (apprentice_id, game_id, level)
);

create index coverage_plays_company_idx on coverage_plays (company_id);

-- Every round stored before this release, counted by the same rule.
insert into coverage_plays (apprentice_id, company_id, game_id, level, rounds, best, last_at)
select x.apprentice_id, s.company_id, r.game_id, r.level, count(*)::int, max(x.score), max(r.started_at)
from results x
join rounds r on r.id = x.round_id
join sessions s on s.id = r.session_id
join apprentices a on a.id = x.apprentice_id and a.company_id = s.company_id
where s.company_id is not null and not r.ended_early and r.task_set_id is null
group by x.apprentice_id, s.company_id, r.game_id, r.level;
