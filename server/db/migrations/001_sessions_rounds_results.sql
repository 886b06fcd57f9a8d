-- Sessions (a hosted group round or a solo practice), their rounds and per-player results.
-- Plain PostgreSQL 15 SQL: runs on PGlite (PostgreSQL 17) and on PostgreSQL 15+.
create table sessions (
  id text primary key,
  mode text not null check (mode in ('hosted', 'solo')),
  code text not null default '',
  playlist jsonb not null default '[]',
  created_at timestamptz not null default now(),
  ended_at timestamptz
);

create table rounds (
  id bigserial primary key,
  session_id text not null references sessions(id) on delete cascade,
  round_index int not null,
  game_id text not null,
  level int not null,
  seed bigint not null,
  started_at timestamptz not null,
  ended_at timestamptz not null,
  unique (session_id, round_index)
);

create table results (
  round_id bigint not null references rounds(id) on delete cascade,
  player_id text not null,
  nickname text not null,
  score int not null,
  detail jsonb not null default '{}',
  practice_id text,
  primary key (round_id, player_id)
);

create index results_practice_idx on results (practice_id) where practice_id is not null;
create index rounds_game_idx on rounds (game_id, level);
