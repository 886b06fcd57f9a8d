-- Issue 21 §2: an apprentice's trade is chosen from a list tied to the training regulations
-- (shared/games/trades.ts). trade_id holds the list's stable id; null = not chosen yet (the
-- trainer is asked once: "Beruf wählen"). The old free text stays in `trade` as typed.
alter table apprentices add column trade_id text;

-- Old free text is mapped only where it clearly names a trade: the same steps as tradeKey()
-- in shared/games/trades.ts (umlauts to base letters, lower case, "fuer" → "fur", "(m/w/d)"
-- and gender suffixes such as "/-in" removed, only a-z kept), then the same keys.
-- tests/integration/trade-migration.test.ts checks that both agree.
update apprentices set trade_id = case k.key
    when 'mechatroniker' then 'mechatroniker'
    when 'mechatronikerin' then 'mechatroniker'
    when 'elektronikerfurautomatisierungstechnik' then 'elektroniker-automatisierungstechnik'
    when 'elektronikerinfurautomatisierungstechnik' then 'elektroniker-automatisierungstechnik'
    when 'feinoptiker' then 'feinoptiker'
    when 'feinoptikerin' then 'feinoptiker'
    when 'mikrotechnologe' then 'mikrotechnologe'
    when 'mikrotechnologin' then 'mikrotechnologe'
    when 'industriemechaniker' then 'industriemechaniker'
    when 'industriemechanikerin' then 'industriemechaniker'
  end
from (
  select id, regexp_replace(regexp_replace(regexp_replace(replace(lower(translate(trade, 'ÄäÖöÜüß', 'aaoouus')), 'fuer', 'fur'),
    '\([mwdfx/, ]*\)', '', 'g'), '(/-?|\*|:|_|\()in\)?(?![a-z])', '', 'g'), '[^a-z]', '', 'g') as key
  from apprentices
) k
where k.id = apprentices.id;

