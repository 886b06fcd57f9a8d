import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServerError } from '@colyseus/core';
import { describeError, logRoomException, redactText, safeLogger } from './log.ts';

/** Everything console.* printed while fn ran, as one text. */
function captured(fn: () => void): string {
  const lines: string[] = [];
  const record = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(record));
  try {
    fn();
  } finally {
    for (const s of spies) s.mockRestore();
  }
  return lines.join('\n');
}

// What Colyseus hands to onUncaughtException for a throw in onAuth: the join options ride along.
class OnAuthException extends Error {
  constructor(cause: Error, readonly client: unknown, readonly options: unknown) {
    super(cause.message, { cause });
    this.name = 'OnAuthException';
  }
}

const CARD = 'K7QM-2XPD-9RWT-4HVN';
const OPTIONS = { role: 'player', card: CARD, key: 'seat-key-abcdefghijklmnop', nickname: 'Mia' };

afterEach(() => vi.restoreAllMocks());

describe('logging without secrets', () => {
  it('an expected refusal is one line with its code: no options, no stack', () => {
    const out = captured(() => logRoomException('room1', 'onAuth', new OnAuthException(new ServerError(400, 'CARD_INVALID'), {}, OPTIONS)));
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toContain('CARD_INVALID');
    expect(out).not.toContain(CARD);
    expect(out).not.toMatch(/\bat /);
  });

  it('an unexpected error shows message and stack but never the fields riding along', () => {
    const err = Object.assign(new Error('insert failed'), { params: [CARD, 'hash'], query: 'insert …' });
    const out = captured(() => logRoomException('room1', 'onJoin', new OnAuthException(err, {}, OPTIONS)));
    expect(out).toContain('insert failed');
    expect(out).toMatch(/\bat /);
    expect(out).not.toContain(CARD);
    expect(out).not.toContain('seat-key-abcdefghijklmnop');
    expect(describeError({ card: CARD, password: 'geheim' })).not.toMatch(new RegExp(`${CARD}|geheim`));
  });

  it('redacts secrets written into free text, also through the Colyseus logger', () => {
    expect(redactText(`join failed card=${CARD} password: hunter22 cookie="arcade_session=abc"`)).not.toMatch(/K7QM|hunter22|abc"/);
    const out = captured(() => safeLogger.warn(`option "key": "${OPTIONS.key}" ignored`));
    expect(out).not.toContain(OPTIONS.key);
  });

  it('a flood of refusals prints at most 20 lines of one kind per 10 s', () => {
    const out = captured(() => {
      for (let i = 0; i < 500; i++) logRoomException(`r${i}`, 'onAuth', new ServerError(400, 'NICKNAME_TAKEN'));
    });
    expect(out.split('\n').length).toBeLessThanOrEqual(20);
  });
});

describe('N6: every Colyseus log level is capped and cut; redaction has no gaps', () => {
  it('100 long lines through info add at most 21 lines of at most 650 characters', () => {
    // The cap counts per 10 s window of the wall clock: frozen here, so a slow machine cannot
    // open a second window in the middle of the flood.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-07T08:00:00Z') });
    const out = captured(() => {
      for (let i = 0; i < 100; i++) safeLogger.info('reconnect', `room ${'A'.repeat(12_000)} not found`);
    });
    vi.useRealTimers();
    const lines = out.split('\n');
    expect(lines.length).toBeLessThanOrEqual(21);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(650);
  });

  it('redacts in time linear in the line length (a long run of letters once took quadratic time)', () => {
    const once = (n: number) => {
      const text = `room ${'A'.repeat(n)} not found hostKey=hk-abcdefghijklmnop`;
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) expect(redactText(text)).not.toContain('abcdefghijklmnop');
      return performance.now() - t0;
    };
    // The fastest of seven runs: a garbage collection or a busy neighbour in the test run only
    // ever adds time (one slow run on CI once read as 91× for a linear function).
    const cost = (n: number) => Math.min(...Array.from({ length: 7 }, () => once(n)));
    cost(1_000); // warm-up
    // Ten times the length: about ten times the time when linear, a hundred when quadratic.
    const ratio = cost(100_000) / Math.max(cost(10_000), 0.05);
    expect(ratio).toBeLessThan(40);
  });

  it('redacts camel-case keys, tokens, every cookie, authorization and bare card codes', () => {
    const cases = [
      "hostKey: 'hk-abcdefghijklmnop'",
      '{"seatKey":"sk-abcdefghijklmnop"}',
      'reconnectionToken=rt-abcdefghijklmnop',
      'cookie: a=1; arcade_session=sess-abcdefghijklmnop',
      'authorization: Bearer br-abcdefghijklmnop',
      '74QS-7KB0-BGZ6-CC5N typed as nickname',
      '74QS7KB0BGZ6CC5N',
    ];
    for (const text of cases) expect(redactText(text), text).not.toMatch(/abcdefghijklmnop|74QS|CC5N/);
    expect(redactText('Mia joined room r1')).toBe('Mia joined room r1');
  });
});
