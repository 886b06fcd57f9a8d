-- Photos of Werkstatt task sets (issue 20 §4). Stored in the database (bytea) so PGlite,
-- PostgreSQL and every process of a scale-out serve them alike, and backups carry them.
-- Only re-encoded JPEGs are stored (no metadata); the upload as sent is never kept.
-- Plain PostgreSQL 15 SQL: runs on PGlite (PostgreSQL 17) and on PostgreSQL 15+.
create table task_photos (
  id text primary key,
  company_id text not null references companies(id) on delete cascade,
  width int not null,
  height int not null,
  -- Projector variant (≤ 1600 px) and phone variant (about 150 KB).
  projector bytea not null,
  phone bytea not null,
  -- Both variants together, for the per-company quota.
  bytes int not null,
  created_at timestamptz not null default now()
);

create index task_photos_company_idx on task_photos (company_id);

-- Keys the server signs the phones' photo links with (shared by every process).
create table server_keys (
  name text primary key,
  secret text not null,
  created_at timestamptz not null default now()
);
