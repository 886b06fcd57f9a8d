import { describe, expect, it, vi } from 'vitest';
import { LocalPresence } from '@colyseus/core';
import { listenForRevocations, publishRevocation, REVOCATION_CHANNEL, type Revocation } from './revocations.ts';

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

  it('N12: a room whose handler throws does not stop the revocation reaching the others', async () => {
    const presence = new LocalPresence();
    const heard: string[] = [];
    const stops = [
      await listenForRevocations(presence, () => heard.push('first')),
      await listenForRevocations(presence, () => { throw new Error('room in an odd state'); }),
      await listenForRevocations(presence, () => heard.push('third')),
    ];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    presence.publish(REVOCATION_CHANNEL, { kind: 'trainer', trainerId: 't1' });
    expect(heard).toEqual(['first', 'third']);
    for (const stop of stops) stop();
    vi.restoreAllMocks();
  });

  it('N5: this process hears its own revocation at once; one that cannot be published is sent when the store answers again, acted on once', async () => {
    const here = new LocalPresence();
    const heardHere: Revocation[] = [];
    const stop = await listenForRevocations(here, (r) => heardHere.push(r));
    let storeUp = false;
    const sent: unknown[] = [];
    const publish = here.publish.bind(here);
    here.publish = ((channel: string, message: unknown) => {
      if (!storeUp) return Promise.reject(new Error('Command timed out'));
      sent.push(message);
      return publish(channel, message);
    }) as typeof here.publish;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await publishRevocation({ kind: 'apprentice', apprenticeId: 'mia' }, here);
    expect(heardHere).toEqual([{ kind: 'apprentice', apprenticeId: 'mia' }]);
    expect(sent).toEqual([]);
    storeUp = true;
    await vi.waitFor(() => expect(sent.length).toBeGreaterThanOrEqual(1), { timeout: 2000 });
    await vi.waitFor(() => expect(sent.length).toBe(3), { timeout: 5000 }); // repeated for late subscribers
    expect(heardHere).toHaveLength(1); // the repeats carry the same id
    stop();
    vi.restoreAllMocks();
  });
});
