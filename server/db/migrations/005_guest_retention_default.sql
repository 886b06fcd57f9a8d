-- Review N9: guest results (often minors' first names) were kept forever unless each company
-- set a retention. New companies now keep them 30 days; existing companies keep their setting
-- (an empty setting stays "never delete", as their admins chose or left it).
alter table companies alter column guest_retention_days set default 30;
