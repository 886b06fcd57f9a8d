import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame, FRAMES_PER_ROUND, receiverAccepts } from './frames.ts';
import { createRound, score } from './rules.ts';
import { playRound } from './play.test-util.ts';

const flip = (s: string, ...at: number[]): string => s.split('').map((b, i) => (at.includes(i) ? (b === '1' ? '0' : '1') : b)).join('');

describe('level 2: UART frames', () => {
  it('encodes start 0, data least significant bit first, even parity, stop 1', () => {
    // start | data LSB first | parity | stop
    expect(encodeFrame(0x01)).toBe(['0', '10000000', '1', '1'].join(''));
    expect(encodeFrame(0x80)).toBe(['0', '00000001', '1', '1'].join(''));
    expect(encodeFrame(0x03)).toBe(['0', '11000000', '0', '1'].join(''));
    expect(encodeFrame(0)).toBe('00000000001');
    for (let v = 0; v < 256; v++) {
      expect(receiverAccepts(encodeFrame(v))).toBe(true);
      expect(decodeFrame(encodeFrame(v))).toBe(v);
    }
  });

  it('parity sees every single flip and no double flip; framing errors are caught by start/stop', () => {
    const clean = encodeFrame(0xa5);
    for (let i = 1; i <= 9; i++) expect(receiverAccepts(flip(clean, i)), `bit ${i}`).toBe(false);
    for (let i = 1; i <= 9; i++) for (let j = i + 1; j <= 9; j++) expect(receiverAccepts(flip(clean, i, j))).toBe(true);
    for (let i = 1; i <= 7; i++) expect(receiverAccepts(flip(clean, i, i + 1, i + 2))).toBe(false);
    expect(receiverAccepts(flip(clean, 0))).toBe(false);
    expect(receiverAccepts(flip(clean, 10))).toBe(false);
    expect(receiverAccepts('0101')).toBe(false);
  });

  it('each round: 20 frames, half accepted by the receiver, truth kinds agree with the rule, catch frames follow broken ones', () => {
    let catches = 0;
    for (const seed of Array.from({ length: 60 }, (_, i) => i * 31 + 5)) {
      const round = createRound(seed, 2);
      expect(round.items).toHaveLength(FRAMES_PER_ROUND);
      expect(round.items.filter((fr) => fr.truth.accept)).toHaveLength(FRAMES_PER_ROUND / 2);
      for (const fr of round.items) {
        expect(receiverAccepts(String(fr.show.bits))).toBe(fr.truth.accept);
        expect(fr.truth.accept).toBe(fr.truth.kind === 'intact' || fr.truth.kind === 'two-flips');
        if (fr.truth.kind === 'intact') expect(fr.show.bits).toBe(encodeFrame(fr.truth.sent));
        else expect(fr.show.bits).not.toBe(encodeFrame(fr.truth.sent));
      }
      round.items.forEach((fr, i) => {
        if (i > 0 && round.items[i - 1]!.truth.kind !== 'intact' && fr.truth.kind === 'intact') catches++;
      });
    }
    expect(catches / 60).toBeGreaterThan(3);
  });

  it('the reveal names the two-flip frames that the player let through', () => {
    const round = createRound(77, 2);
    const player = playRound(round, (show, item) => ({ item, accept: receiverAccepts(String(show.bits)) }));
    const d = score(round, player).detail;
    const twoFlips = round.items.flatMap((fr, i) => (fr.truth.kind === 'two-flips' ? [String(i + 1)] : [])).join(',');
    expect(d.twoFlipFrames).toBe(twoFlips);
    expect(d.twoFlipAccepted).toBe(twoFlips);
  });

  it('a framing error is a stop bit of 0; the start bit is always 0 (a start bit of 1 is no character: content review B6)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      for (const fr of createRound(seed, 2).items) {
        const bits = String(fr.show.bits);
        expect(bits[0], `seed ${seed}`).toBe('0');
        if (fr.truth.kind === 'framing') expect(bits[10]).toBe('0');
      }
    }
  });
});
