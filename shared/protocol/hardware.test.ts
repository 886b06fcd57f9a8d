import { describe, expect, it } from 'vitest';
import { ERRORS } from './errors.ts';
import { BOX_REFUSALS, downTopic, parseBoxCommand, parseBoxDown, parseBoxUp, parseEnvelope, parseUpTopic, signedText, upTopic } from './hardware.ts';

const company = '0b3c2a4e-1111-4222-8333-944455556666';
const box = 'f1e2d3c4-aaaa-4bbb-8ccc-ddddeeeeffff';

describe('buzzer box wire', () => {
  it('builds and reads the per-box topics; anything else is no uplink', () => {
    expect(upTopic(company, box)).toBe(`arcade/${company}/${box}/up`);
    expect(downTopic(company, box)).toBe(`arcade/${company}/${box}/down`);
    expect(parseUpTopic(upTopic(company, box))).toEqual({ companyId: company, boxId: box });
    for (const t of [downTopic(company, box), `arcade/${company}/+/up`, 'arcade/#', `arcade/${company}/${box}/up/x`, `other/${company}/${box}/up`, 'arcade//x/up', `arcade/${company}/a b/up`]) expect(parseUpTopic(t), t).toBeNull();
  });

  it('reads only the signed envelope {m, sig: 64 hex}', () => {
    expect(parseEnvelope(JSON.stringify({ m: '{}', sig: 'a'.repeat(64) }))).toEqual({ m: '{}', sig: 'a'.repeat(64) });
    for (const raw of ['x', '[]', JSON.stringify({ m: 1, sig: 'a'.repeat(64) }), JSON.stringify({ m: '{}', sig: 'A'.repeat(64) }), JSON.stringify({ m: '{}', sig: 'a'.repeat(63) }), JSON.stringify({ m: '{}' })]) expect(parseEnvelope(raw), raw).toBeNull();
    expect(signedText('up', '{"t":"bye"}')).toBe('up\n{"t":"bye"}');
    expect(signedText('up', 'x')).not.toBe(signedText('down', 'x'));
  });

  it('validates every uplink kind and refuses malformed bodies', () => {
    expect(parseBoxUp(JSON.stringify({ t: 'hello', code: '123456', n: 'abcdefgh' }))).toEqual({ t: 'hello', code: '123456', mode: 'stimulus', n: 'abcdefgh' });
    expect(parseBoxUp(JSON.stringify({ t: 'hello', code: '123456', mode: 'button', n: 'abcdefgh' }))).toMatchObject({ mode: 'button' });
    expect(parseBoxUp(JSON.stringify({ t: 'time', c: 12.5 }))).toEqual({ t: 'time', c: 12.5 });
    expect(parseBoxUp(JSON.stringify({ t: 'pong', s: 1 }))).toEqual({ t: 'pong', s: 1 });
    expect(parseBoxUp(JSON.stringify({ t: 'press', round: 0, trial: 2, nonce: 'abcdefghijkl', rtUs: 250_000 }))).toEqual({ t: 'press', round: 0, trial: 2, nonce: 'abcdefghijkl', rtUs: 250_000, at: null });
    expect(parseBoxUp(JSON.stringify({ t: 'bye' }))).toEqual({ t: 'bye' });
    const bad = [
      { t: 'hello', code: '12345', n: 'abcdefgh' }, { t: 'hello', code: '123456', n: 'short' }, { t: 'hello', code: '123456', n: 'abcdefgh', mode: 'laser' },
      { t: 'time', c: 'now' }, { t: 'pong' }, { t: 'press', round: -1, trial: 0, nonce: 'abcdefghijkl', rtUs: 1 },
      { t: 'press', round: 0, trial: 0.5, nonce: 'abcdefghijkl', rtUs: 1 }, { t: 'press', round: 0, trial: 0, nonce: 'a/b+c#defghi', rtUs: 1 },
      { t: 'press', round: 0, trial: 0, nonce: 'abcdefghijkl', rtUs: -5 }, { t: 'press', round: 0, trial: 0, nonce: 'abcdefghijkl', rtUs: 1e12 },
      { t: 'press', round: 0, trial: 0, nonce: 'abcdefghijkl', at: 'later' }, { t: 'launch' }, [], null, 7,
    ];
    for (const b of bad) expect(parseBoxUp(JSON.stringify(b)), JSON.stringify(b)).toBeNull();
    expect(parseBoxUp('{')).toBeNull();
  });

  it('reads downlinks with a registered error code only', () => {
    expect(parseBoxDown(JSON.stringify({ t: 'error', code: 'BOX_REPLAY' }))).toMatchObject({ code: 'BOX_REPLAY' });
    expect(parseBoxDown(JSON.stringify({ t: 'error', code: 'NOPE' }))).toBeNull();
    expect(parseBoxDown(JSON.stringify({ t: 'ping', s: 1 }))).toEqual({ t: 'ping', s: 1 });
    expect(parseBoxDown(JSON.stringify({ t: 'explode' }))).toBeNull();
  });

  it('every refusal a box can get has a German and English text', () => {
    for (const code of BOX_REFUSALS) expect(ERRORS[code].de.length).toBeGreaterThan(10);
  });

  it('validates the host\'s box commands', () => {
    expect(parseBoxCommand({ action: 'admit', boxId: box })).toEqual({ ok: true, value: { action: 'admit', boxId: box } });
    expect(parseBoxCommand({ action: 'name', boxId: box, name: 'Werkbank' })).toMatchObject({ ok: true });
    expect(parseBoxCommand({ action: 'assign', boxId: box, apprenticeId: null })).toMatchObject({ ok: true });
    for (const p of [{ action: 'admit' }, { action: 'admit', boxId: 'a/b' }, { action: 'name', boxId: box }, { action: 'assign', boxId: box, apprenticeId: 5 }, { action: 'fire', boxId: box }, 'admit']) {
      expect(parseBoxCommand(p), JSON.stringify(p)).toEqual({ ok: false, code: 'MESSAGE_INVALID' });
    }
  });
});
