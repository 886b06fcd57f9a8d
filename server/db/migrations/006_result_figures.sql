-- A player's figures of a round for the trainer's reports (issue 21 §1): the game's own
-- measures (Reaktion median and best ms, false starts, misses; % right; right per kind or
-- task; mistakes by kind), made by the game's figures hook (shared/games/<id>/figures.ts).
-- Plain PostgreSQL 15 SQL: runs on PGlite (PostgreSQL 17) and on PostgreSQL 15+.
-- Results stored before this release keep null: the reports show "–" for them.
alter table results add column figures jsonb;
