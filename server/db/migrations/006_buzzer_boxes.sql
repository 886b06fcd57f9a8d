-- Buzzer boxes (issue 23): a company's own hardware that plays Reaktion over MQTT.
-- Plain PostgreSQL 15 SQL: runs on PGlite (PostgreSQL 17) and on PostgreSQL 15+.
-- The credential itself is shown once and never stored: only the SHA-256 of the box's
-- broker password (derived from it) and the signing key derived from it (the platform
-- checks every box message with it). No MAC address or serial number is kept.
create table buzzer_boxes (
  id text primary key,
  company_id text not null references companies(id) on delete cascade,
  label text not null,
  login_hash text not null,
  sign_key text not null,
  created_at timestamptz not null default now(),
  -- Set when a trainer revokes the box: it can no longer log in, sign, or play.
  revoked_at timestamptz
);

create index buzzer_boxes_company_idx on buzzer_boxes (company_id);
