import { afterEach, describe, expect, it } from 'vitest';
import type { BoxRepository } from '../../server/repositories/box-repository.ts';
import { SimBox } from '../../scripts/box/sim-box.ts';
import { boxSignKey, loginHash, boxLoginPassword } from '../../server/hardware/box-crypto.ts';
import { startHardware, type Hardware } from '../../server/hardware/start-hardware.ts';

// The gateway reads the embedded broker inside the process (box-link.ts): it is no MQTT client
// of its own broker, and a box's message still makes the round trip (a signed clock-sync reply).

const cred = { boxId: '11111111-1111-4111-8111-111111111111', companyId: 'company-a', secret: 'test-secret-of-the-box' };
const repo = {
  auth: async (id: string) => (id === cred.boxId ? { id, companyId: cred.companyId, label: 'Box', loginHash: loginHash(boxLoginPassword(cred.secret)), signKey: boxSignKey(cred.secret), revoked: false } : null),
} as unknown as BoxRepository;

describe('the embedded broker and its gateway in one process', () => {
  let hw: Hardware | null = null;
  const boxes: SimBox[] = [];
  afterEach(async () => {
    for (const b of boxes.splice(0)) await b.close();
    await hw?.close();
    hw = null;
  });

  it('the gateway takes no connection of the broker; a box gets its signed answer through the in-process link', async () => {
    hw = await startHardware({ enabled: true, mqttUrl: null, mqttPort: 0, mqttHost: '127.0.0.1', mqttUsername: null, mqttPassword: null }, repo);
    expect(hw!.broker!.connected()).toBe(0);
    const box = new SimBox(cred, { url: hw!.brokerUrl, mode: 'stimulus', reactionMs: () => null });
    boxes.push(box);
    await box.connect();
    await box.sync(2);
    expect(box.offsetMs).not.toBeNull();
    expect(hw!.broker!.connected()).toBe(1);
    expect(hw!.gateway.stats.accepted).toBe(2);
  });
});
