import { describe, expect, it } from 'vitest';
import { CURRICULUM, isCurriculumId } from './curriculum.ts';
import { isTradeId, TRADE_IDS, TRADES, tradeFromText, tradeItems, tradeKey } from './trades.ts';

describe('trade list', () => {
  it('ties every trade to real curriculum items of its own ordinance', () => {
    expect(TRADE_IDS).toEqual(['mechatroniker', 'elektroniker-automatisierungstechnik', 'feinoptiker', 'mikrotechnologe', 'industriemechaniker', 'sonstiger']);
    for (const id of TRADE_IDS) for (const item of TRADES[id].items) expect(isCurriculumId(item), `${id}: ${item}`).toBe(true);
    expect(tradeItems('mechatroniker').every((i) => i.startsWith('mech-') || i.startsWith('zq-'))).toBe(true);
    expect(tradeItems('elektroniker-automatisierungstechnik').every((i) => i.startsWith('eat-'))).toBe(true);
    expect(tradeItems('feinoptiker')).toEqual(['feinopt-bbp-1']);
    expect(tradeItems('mikrotechnologe')).toEqual(['mikrot-bbp-3', 'mikrot-bbp-11']);
    expect(tradeItems('industriemechaniker')).toEqual(['indmech-bbp-3', 'indmech-bbp-11']);
    expect(tradeItems('sonstiger')).toEqual([]);
    expect(tradeItems(null)).toEqual([]);
    // Every curriculum item belongs to some trade.
    const listed = new Set(TRADE_IDS.flatMap((id) => TRADES[id].items));
    expect([...listed].toSorted()).toEqual(Object.keys(CURRICULUM).toSorted());
    expect(isTradeId('sonstiger')).toBe(true);
    expect(isTradeId('toString')).toBe(false);
  });

  it('maps free text that clearly names a trade, whatever the case, spacing or gender suffix', () => {
    const cases: [string, string | null][] = [
      ['Mechatroniker', 'mechatroniker'], ['mechatronikerin', 'mechatroniker'], ['  MECHATRONIKER/-IN ', 'mechatroniker'],
      ['Mechatroniker*in', 'mechatroniker'], ['Mechatroniker:in', 'mechatroniker'], ['Mechatroniker (m/w/d)', 'mechatroniker'],
      ['Elektroniker/-in für Automatisierungstechnik', 'elektroniker-automatisierungstechnik'],
      ['Elektronikerin fuer Automatisierungstechnik', 'elektroniker-automatisierungstechnik'],
      ['ELEKTRONIKER FÜR AUTOMATISIERUNGSTECHNIK', 'elektroniker-automatisierungstechnik'],
      ['Feinoptiker/in', 'feinoptiker'], ['Feinoptikerin', 'feinoptiker'], ['Mikrotechnologin', 'mikrotechnologe'],
      ['Industriemechaniker(in)', 'industriemechaniker'],
      ['Mechatronik', null], ['Optik', null], ['', null], ['Elektroniker', null], ['Zerspanungsmechaniker', null], ['Mechatroniker Azubi', null],
    ];
    for (const [text, id] of cases) expect(tradeFromText(text), text).toBe(id);
    expect(tradeKey('Elektroniker/-in für Automatisierungstechnik (m/w/d)')).toBe('elektronikerfurautomatisierungstechnik');
  });
});
