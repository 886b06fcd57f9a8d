import { describe, expect, it } from 'vitest';
import { LocalPresence } from '@colyseus/core';
import { listenForRevocations, REVOCATION_CHANNEL, type Revocation } from './revocations.ts';

const listeners = (p: LocalPresence) => p.subscriptions.listenerCount(REVOCATION_CHANNEL);

describe('revocation listeners', () => {
  it('one presence subscription per process however many rooms listen; a closed room stops listening and is not kept', async () => {
    const presence = new LocalPresence();
    const heard: string[][] = Array.from({ length: 30 }, () => []);
    const stops = await Promise.all(heard.map((log, i) => listenForRevocations(presence, (r: Revocation) => log.push(`${i}:${r.kind}`))));
    expect(listeners(presence)).toBe(1);
    presence.publish(REVOCATION_CHANNEL, { kind: 'company', companyId: 'c1' });
    presence.publish(REVOCATION_CHANNEL, { kind: 'nonsense' });
    expect(heard.map((h) => h.length)).toEqual(heard.map(() => 1));

    for (const stop of stops.slice(0, 29)) stop();
    presence.publish(REVOCATION_CHANNEL, { kind: 'trainer', trainerId: 't1' });
    expect(heard[0]).toEqual(['0:company']);
    expect(heard[29]).toEqual(['29:company', '29:trainer']);
    stops[29]!();
    expect(listeners(presence)).toBe(0);
  });

  it('keeps the rooms of different presences apart (several servers in one test process)', async () => {
    const a = new LocalPresence();
    const b = new LocalPresence();
    const heard: string[] = [];
    const stopA = await listenForRevocations(a, () => heard.push('a'));
    const stopB = await listenForRevocations(b, () => heard.push('b'));
    a.publish(REVOCATION_CHANNEL, { kind: 'apprentice', apprenticeId: 'x' });
    expect(heard).toEqual(['a']);
    stopA();
    stopB();
  });
});
