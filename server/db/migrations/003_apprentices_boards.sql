-- Apprentice profiles with join cards, company-owned sessions, board points (issue 3).
-- Plain PostgreSQL 15 SQL: runs on PGlite (PostgreSQL 17) and on PostgreSQL 15+.

-- Guest results (no card) older than this many days are deleted; null keeps them.
alter table companies add column guest_retention_days int check (guest_retention_days between 1 and 3650);

-- Only what a board and a report need: no e-mail, no birth date; a pseudonym is fine.
create table apprentices (
  id text primary key,
  company_id text not null references companies(id) on delete cascade,
  display_name text not null,
  trade text not null default '',
  training_year int not null check (training_year between 1 and 4),
  -- SHA-256 of the personal card code; null = no valid card. A new card replaces the hash.
  card_hash text,
  card_issued_at timestamptz,
  created_at timestamptz not null default now()
);

create index apprentices_company_idx on apprentices (company_id);
create unique index apprentices_card_key on apprentices (card_hash) where card_hash is not null;

-- Hosted sessions belong to the company of the trainer who opened them (solo: null).
alter table sessions add column company_id text references companies(id) on delete cascade;
alter table sessions add column trainer_id text references trainers(id) on delete set null;
create index sessions_company_idx on sessions (company_id, created_at desc) where company_id is not null;

-- The apprentice behind a result (null: a guest). Deleting an apprentice deletes their results.
alter table results add column apprentice_id text references apprentices(id) on delete cascade;
create index results_apprentice_idx on results (apprentice_id) where apprentice_id is not null;

-- One row per counted round of an apprentice: the board reads only this narrow table, so
-- each board query is one index range scan (company, game, time) instead of joins over results.
create table board_points (
  round_id bigint not null references rounds(id) on delete cascade,
  apprentice_id text not null references apprentices(id) on delete cascade,
  company_id text not null references companies(id) on delete cascade,
  game_id text not null,
  played_at timestamptz not null,
  points int not null check (points between 0 and 1000),
  primary key (round_id, apprentice_id)
);

create index board_points_game_idx on board_points (company_id, game_id, played_at) include (apprentice_id, points);
create index board_points_all_idx on board_points (company_id, played_at) include (apprentice_id, points);
create index board_points_apprentice_idx on board_points (apprentice_id);
