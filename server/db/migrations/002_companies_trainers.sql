-- Companies, their trainer accounts and sign-in sessions (issue 3, first part).
-- Plain PostgreSQL 15 SQL: runs on PGlite (PostgreSQL 17) and on PostgreSQL 15+.
-- Ids are random text ids made by the server (not serial numbers), so they cannot be counted.
create table companies (
  id text primary key,
  name text not null,
  created_at timestamptz not null default now(),
  -- Set by a platform admin (later); a disabled company's trainers cannot sign in.
  disabled_at timestamptz
);

-- role 'platform': the installation's platform admin (no company; adds and disables
-- companies, never sees apprentices' data). Same table so one sign-in serves everyone.
create table trainers (
  id text primary key,
  company_id text references companies(id) on delete cascade,
  login text not null,
  display_name text not null,
  -- 'scrypt$N$r$p$salt$hash' (see server/auth/password.ts); never logged.
  password_hash text not null,
  role text not null check (role in ('platform', 'admin', 'trainer')),
  created_at timestamptz not null default now(),
  disabled_at timestamptz,
  check ((role = 'platform') = (company_id is null))
);

-- Logins are unique across the installation, ignoring case.
create unique index trainers_login_key on trainers (lower(login));
create index trainers_company_idx on trainers (company_id);

-- Only a SHA-256 of the session token is stored: a leaked table signs nobody in.
create table auth_sessions (
  token_hash text primary key,
  trainer_id text not null references trainers(id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create index auth_sessions_trainer_idx on auth_sessions (trainer_id);
create index auth_sessions_expiry_idx on auth_sessions (expires_at);
