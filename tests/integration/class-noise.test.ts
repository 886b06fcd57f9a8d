import { describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { Bot, hostSession, trainerHeaders, until } from '../helpers/bots.ts';
import { backends, useTestServer } from '../helpers/test-server.ts';

// Issue 16, N2/N4/N8: one apprentice's noise never refuses the class beside it — right codes,
// seat-key rejoins, the trainer's hosting and host rejoin — on one IPv4 address and in one
// IPv6 /64 (addresses of one /64 share every budget now). TRUST_PROXY=loopback lets each test
// speak from its own addresses (X-Forwarded-For from loopback, as a proxy would pass them).

const player = (extra: Record<string, unknown> = {}) => ({ protocol: PROTOCOL_VERSION, role: 'player', ...extra });
const post = (url: string, path: string, body: unknown, address: string) =>
  fetch(`${url}/matchmake/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: await r.json().catch(() => null) }));
const lookup = (url: string, code: string, address: string) => fetch(`${url}/api/sessions/${code}`, { headers: { 'x-forwarded-for': address } });
const wrongCode = (code: string, i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');
const timed = async <T>(p: Promise<T>): Promise<[T, number]> => {
  const started = Date.now();
  const value = await p;
  return [value, Date.now() - started];
};

/** 34 addresses of one /64. */
const address = (i: number) => `2001:db8:77:2:${i.toString(16)}::${(i * 7).toString(16)}`;

const networks = [
  { name: 'one IPv4 address', noisy: '198.51.100.66', phone: (_i: number) => '198.51.100.66' },
  { name: 'one IPv6 /64', noisy: '2001:db8:66:1::dead', phone: (i: number) => `2001:db8:66:1:${(i + 1).toString(16)}::1` },
];

describe.each(backends())('a noisy apprentice beside the class on $name', (backend) => {
  const server = useTestServer({ backend, env: { TRUST_PROXY: 'loopback', JOINS_PER_MINUTE: '60' } });

  it.each(networks)('never refuses the class of 60, the seat-key rejoins or the trainer on $name', async (net) => {
    const trainer = await trainerHeaders(server.url);
    const host = await hostSession(server.url, {}, { ...trainer, 'x-forwarded-for': net.phone(99) });
    const code = host.welcome.code as string;
    const roomId = host.room.roomId;

    // The noise: 70 junk matchmaking calls (the budget is 60) and 34 wrong codes, look-ups and joinById.
    const junk: number[] = [];
    for (let i = 0; i < 70; i++) junk.push((await post(server.url, i % 2 ? 'join/session' : 'joinById/nothing', {}, net.noisy)).status);
    const guesses = Promise.all(Array.from({ length: 34 }, (_, i) => (i % 2 ? lookup(server.url, wrongCode(code, i), net.noisy).then((r) => r.status) : post(server.url, `joinById/${roomId}`, player({ nickname: 'Prank', code: wrongCode(code, i) }), net.noisy).then((r) => r.status))));
    expect(junk.slice(0, 60)).not.toContain(429);
    expect(junk.slice(60)).toEqual(Array(10).fill(429)); // before the fix: the class below got these too

    // The class, while the guesses are still being paced.
    const [seated, classMs] = await timed(Promise.all(Array.from({ length: 60 }, async (_, i) => {
      const found = await lookup(server.url, code, net.phone(i));
      expect(found.status).toBe(200);
      const client = new Client(server.url, { headers: { 'x-forwarded-for': net.phone(i) } });
      const bot = new Bot(await client.joinById(roomId, player({ nickname: `Azubi ${i}`, code }), SessionState), client);
      await bot.next('welcome');
      return bot;
    })));
    await until(() => host.state.players.size === 60, 10_000, 'all 60 seated');
    // Five reload: their seat keys bring them back.
    for (const bot of seated.slice(0, 5)) {
      const key = bot.of('welcome')[0]!.key as string;
      await bot.room.leave(false);
      const again = await post(server.url, `joinById/${roomId}`, player({ key }), net.phone(0));
      expect(again.status).toBe(200);
    }
    // The trainer opens a second round and the host page of the first comes back with its key.
    const second = await hostSession(server.url, {}, { ...trainer, 'x-forwarded-for': net.phone(98) });
    const hostAgain = await new Client(server.url, { headers: { ...trainer, 'x-forwarded-for': net.phone(97) } }).joinById(roomId, { protocol: PROTOCOL_VERSION, role: 'host', key: host.welcome.key }, SessionState);
    const statuses = await guesses;
    console.info(`[figures] ${net.name}: class of 60 seated in ${classMs} ms beside 70 junk calls and 34 wrong codes (${statuses.filter((s) => s === 429).length} refused unchecked)`);
    expect(classMs).toBeLessThan(20_000); // paced joins would take a minute
    for (const b of [...seated.slice(5), second]) await b.room.leave();
    await hostAgain.leave();
  });

  it('N4/N8: wrong codes from 34 addresses of one /64, by look-up and joinById, share one paced budget; the right code never waits', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const roomId = host.room.roomId;
    // 30 free wrong answers: 15 by look-up, 15 by joinById (before: joinById was never counted,
    // and every address of the /64 had its own budget).
    for (let i = 0; i < 30; i++) {
      const status = i % 2 ? (await lookup(server.url, wrongCode(code, i), address(i))).status : (await post(server.url, `joinById/${roomId}`, player({ nickname: 'Rate', code: wrongCode(code, i) }), address(i))).status;
      expect(status).toBe(i % 2 ? 404 : 400);
    }
    const [paced, pacedMs] = await timed(Promise.all([31, 32, 33].map((i) => lookup(server.url, wrongCode(code, i), address(i)).then((r) => r.status))));
    expect(paced).toEqual([404, 404, 404]);
    expect(pacedMs).toBeGreaterThanOrEqual(1500); // one wrong answer a second past the free ones (the first at once)
    const [right, rightMs] = await timed(lookup(server.url, code, address(40)));
    expect(right.status).toBe(200);
    expect(rightMs).toBeLessThan(500);
    // Another /64 is not affected.
    const [other, otherMs] = await timed(lookup(server.url, wrongCode(code, 50), '2001:db8:77:3::1'));
    expect([other.status, otherMs < 500]).toEqual([404, true]);
    await host.room.leave();
  });
});
