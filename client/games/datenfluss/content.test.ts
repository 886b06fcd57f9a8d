import { describe, expect, it } from 'vitest';
import { createRng } from '../../../shared/core/rng.ts';
import { DATENFLUSS_DEBRIEFS } from '../../../shared/games/datenfluss/texts.ts';
import { createRound } from '../../../shared/games/datenfluss/rules.ts';
import { dt } from './ui-texts.ts';

// Content review 2026-12-06: what the screens say must not mark an expert wrong (A2) nor
// suggest that bus priority makes an emergency stop safe (A3); MQTT "#" also matches the
// parent level (B1); identifiers 0x7F0–0x7FF are not generated (B5).

describe('Datenfluss content', () => {
  it('A2: the overflow item asks about a BYTE variable (which wraps), not a counter (a PLC CTU stops at its limit), and the debrief contrasts both', () => {
    for (const lang of ['de', 'en'] as const) {
      const prompt = dt(lang, 'overflowPrompt', { v: 254, add: 5 });
      expect(prompt).toContain('BYTE');
      expect(prompt).not.toMatch(/Zähler|counter/i);
      expect(DATENFLUSS_DEBRIEFS[lang][1]?.mistake).toMatch(/CTU/);
    }
  });

  it('A3: no node is labelled an emergency stop or light curtain, and level 3 says priority does not make a message safe', () => {
    for (const lang of ['de', 'en'] as const) {
      expect(`${dt(lang, 'estop')} ${dt(lang, 'curtain')}`).not.toMatch(/Not-Halt|Lichtvorhang|emergency|light curtain/i);
      const d = Object.values(DATENFLUSS_DEBRIEFS[lang][3] ?? {}).join(' ');
      expect(d).toMatch(/PROFIsafe/);
      expect(d).not.toMatch(/Not-Halt-Meldungen die kleinsten|emergency-stop messages get the lowest/);
    }
  });

  it('B1: level 5 says "#" also stands for no further level', () => {
    expect(DATENFLUSS_DEBRIEFS.de[5]?.fact).toMatch(/auch für keine/);
    expect(DATENFLUSS_DEBRIEFS.en[5]?.fact).toMatch(/none included/);
  });

  it('B5: no CAN identifier in 0x7F0–0x7FF (the 7 most significant bits all recessive) over 300 rounds', () => {
    const rng = createRng(5);
    for (let i = 0; i < 300; i++) {
      const round = createRound(rng.int(1, 1e9), 3);
      for (const item of round.items) for (const id of (item.truth as { ids: number[] }).ids) expect(id).toBeLessThan(0x7f0);
    }
  });
});
