import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { upTopic } from '../../shared/protocol/hardware.ts';
import type { BoxAuth } from '../repositories/box-repository.ts';
import { boxSignKey, envelope } from './box-crypto.ts';
import { ANSWER_QUIET_MS, BOX_HOLD_MAX_MS, BoxGateway } from './box-gateway.ts';
import { BoxHub } from './box-hub.ts';
import type { BoxLink } from './box-link.ts';

// The gateway lets phones go first: a box's uplink waits while phones' answers arrive (at
// most BOX_HOLD_MAX_MS), and a flooding box is counted on arrival, never queued.

const box: BoxAuth = { id: '22222222-2222-4222-8222-222222222222', companyId: 'company-a', label: 'Box', loginHash: '', signKey: boxSignKey('secret-of-the-box'), revoked: false };

/** A gateway over a link in memory: `up` delivers an uplink, `down` lists the downlinks with their times. */
async function gatewayInMemory() {
  let deliver: ((topic: string, payload: Buffer, arrivedAt?: number) => void) | null = null;
  const down: { topic: string; at: number }[] = [];
  const link: BoxLink = {
    onUplink: async (handler) => void (deliver = handler),
    publish: (topic) => void down.push({ topic, at: performance.now() }),
    close: async () => {},
  };
  const hub = new BoxHub();
  const gateway = await BoxGateway.over(link, { lookup: async (id) => (id === box.id ? box : null), hub });
  const up = (c: number, arrivedAt?: number) => deliver?.(upTopic(box.companyId, box.id), Buffer.from(envelope(box.signKey, 'up', { t: 'time', c })), arrivedAt);
  return { gateway, hub, up, down };
}

/** Phones answering: one answer every `everyMs` for `forMs` (on the fake clock). */
async function phonesAnswer(hub: BoxHub, forMs: number, everyMs = 5): Promise<void> {
  for (let t = 0; t < forMs; t += everyMs) {
    hub.answerArrived();
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('box gateway: phones first', () => {
  // The hold is about time: a fake clock, so a busy machine cannot make a sleep overrun a bound.
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] }));
  afterEach(() => void vi.useRealTimers());

  it('counts the time the broker already held an uplink (its arrival time) towards BOX_HOLD_MAX_MS', async () => {
    const { hub, up, down } = await gatewayInMemory();
    hub.answerArrived();
    up(1, Date.now() - (BOX_HOLD_MAX_MS - 40)); // read off the socket 210 ms ago
    await phonesAnswer(hub, 60);
    expect(down).toHaveLength(1); // without the arrival time: held 250 ms from now
  });

  it('answers a box at once when no phone is answering', async () => {
    const { up, down } = await gatewayInMemory();
    const sent = performance.now();
    up(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(down).toHaveLength(1);
    expect(down[0]!.at - sent).toBeLessThanOrEqual(1);
  });

  it('holds a box uplink while phones answer and handles it once they are quiet', async () => {
    const { hub, up, down } = await gatewayInMemory();
    hub.answerArrived();
    up(1);
    await phonesAnswer(hub, 100);
    const lastAnswer = performance.now() - 5;
    expect(down).toEqual([]); // nothing for the box while the phones answered
    await vi.advanceTimersByTimeAsync(ANSWER_QUIET_MS);
    expect(down).toHaveLength(1);
    expect(down[0]!.at - lastAnswer).toBeGreaterThanOrEqual(ANSWER_QUIET_MS);
  });

  it('never holds a box uplink longer than BOX_HOLD_MAX_MS, however long the phones answer', async () => {
    const { hub, up, down } = await gatewayInMemory();
    hub.answerArrived();
    const sent = performance.now();
    up(1);
    await phonesAnswer(hub, BOX_HOLD_MAX_MS + 300);
    expect(down).toHaveLength(1);
    expect(down[0]!.at - sent).toBeGreaterThanOrEqual(BOX_HOLD_MAX_MS);
    expect(down[0]!.at - sent).toBeLessThanOrEqual(BOX_HOLD_MAX_MS + 5);
  });

  it('counts a flooding box on arrival: what is over its rate never waits in the queue', async () => {
    const { gateway, up } = await gatewayInMemory();
    for (let i = 0; i < 60; i++) up(i);
    // Synchronously, before any turn ran: the messages beyond the burst are already refused.
    expect(gateway.stats.received).toBe(60);
    expect(gateway.stats.refused.BOX_FLOODED ?? 0).toBeGreaterThanOrEqual(30);
    expect(gateway.stats.accepted).toBe(0);
  });
});
