-- Werkstatt task sets (issue 20): a company's own tasks, one immutable version per save.
-- Plain PostgreSQL 15 SQL: runs on PGlite (PostgreSQL 17) and on PostgreSQL 15+.
-- A data folder of the previous release gets these tables empty; nothing else changes for it.
create table task_sets (
  id text primary key,
  company_id text not null references companies(id) on delete cascade,
  title text not null,
  -- The newest version; a round plays the version current when its playlist was set.
  version int not null default 1,
  task_count int not null default 0,
  updated_by text references trainers(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index task_sets_company_idx on task_sets (company_id, lower(title));

-- Every saved version stays unchanged, so a past round can always say what it played.
create table task_set_versions (
  set_id text not null references task_sets(id) on delete cascade,
  version int not null,
  content jsonb not null,
  created_at timestamptz not null default now(),
  primary key (set_id, version)
);

-- The set and version a Werkstatt round played (no foreign key: deleting a set keeps past
-- rounds, their results and this note of what they were).
alter table rounds add column task_set_id text;
alter table rounds add column task_set_version int;
alter table rounds add column task_set_title text;
