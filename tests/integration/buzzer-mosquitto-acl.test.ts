import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, connectAsync, type MqttClient } from 'mqtt';
import { boxLoginPassword, newBoxSecret } from '../../server/hardware/box-crypto.ts';
import { ALL_UP_TOPICS, downTopic, upTopic } from '../../shared/protocol/hardware.ts';
import { mosquittoInstalled, startPrivateMosquitto, type PrivateMosquitto } from '../helpers/private-mosquitto.ts';

// The documented Mosquitto rules (docs/mosquitto/arcade.acl) on a private Mosquitto started
// here on its own port with its own config: no anonymous client, a box writes only its
// uplink and reads only its downlink, no wildcard or $SYS subscriptions, and the platform's
// gateway writes downlinks only (never a machine's topic such as plc/#). The shared broker
// on 1883 is never touched.

const installed = mosquittoInstalled();
if (!installed) console.info('[skip] private Mosquitto ACL test: the mosquitto and mosquitto_passwd programs are not installed.');

describe.runIf(installed)('Mosquitto access rules for buzzer boxes', () => {
  const company = randomUUID();
  const boxA = { id: randomUUID(), password: boxLoginPassword(newBoxSecret()) };
  const boxB = { id: randomUUID(), password: boxLoginPassword(newBoxSecret()) };
  const gateway = { id: 'arcade-gateway', password: 'gateway-Passwort-1' };
  const observer = { id: 'test-observer', password: 'observer-Passwort-1' };
  let broker: PrivateMosquitto;
  const clients: MqttClient[] = [];
  const login = (u: { id: string; password: string }) => connectAsync(broker.url, { clientId: u.id, username: u.id, password: u.password, reconnectPeriod: 0 }).then((c) => (clients.push(c), c));
  /** Resolves with the CONNACK refusal code, or null when the client got in. */
  const refusal = (opts: Record<string, unknown>) => new Promise<number | string | null>((resolve) => {
    const c = connect(broker.url, { reconnectPeriod: 0, connectTimeout: 3000, ...opts });
    clients.push(c);
    c.once('connect', () => resolve(null));
    c.once('error', (e: Error & { code?: number }) => resolve(e.code ?? 'error'));
    c.once('close', () => resolve('closed'));
  });

  beforeAll(async () => {
    broker = await startPrivateMosquitto(
      Object.fromEntries([boxA, boxB, gateway, observer].map((u) => [u.id, u.password])),
      // The test's own onlooker may read everything (not part of the shipped rules).
      `user ${observer.id}\ntopic read #`,
    );
  });
  afterAll(async () => {
    for (const c of clients) await c.endAsync(true).catch(() => {});
    await broker?.stop();
  });

  it('refuses anonymous clients and wrong passwords', async () => {
    expect(await refusal({ clientId: 'anon' })).toBe(5);
    expect(await refusal({ clientId: boxA.id, username: boxA.id, password: 'falsch' })).toBe(5);
    expect(await refusal({ clientId: boxA.id, username: boxA.id, password: boxA.password })).toBeNull();
  });

  it('lets a box write only its uplink and read only its downlink; the gateway writes only downlinks', async () => {
    const seen: string[] = [];
    const watch = await login(observer);
    watch.on('message', (topic, payload) => seen.push(`${topic} ${payload.toString()}`));
    await watch.subscribeAsync('#');
    const a = await login(boxA);
    const aGot: string[] = [];
    a.on('message', (topic, payload) => aGot.push(`${topic} ${payload.toString()}`));
    // Mosquitto 2.0 may grant a wildcard subscription but delivers only what the ACL lets the
    // box read (its own downlink): what A receives is checked below.
    for (const topic of ['#', '$SYS/#', 'arcade/+/+/down', ALL_UP_TOPICS, downTopic(company, boxB.id), downTopic(company, boxA.id)]) {
      await a.subscribeAsync(topic).catch(() => null);
    }
    await a.publishAsync(upTopic(company, boxB.id), 'forged by A');
    await a.publishAsync('plc/line1/stop', 'from a box');
    await a.publishAsync(upTopic(company, boxA.id), 'own press');
    const g = await login(gateway);
    expect((await g.subscribeAsync(ALL_UP_TOPICS))[0]?.qos).toBe(0);
    await g.publishAsync('plc/line1/stop', 'from the gateway');
    await g.publishAsync('iolink/master1/port2', 'from the gateway');
    await g.publishAsync(upTopic(company, boxA.id), 'gateway posing as a box');
    await g.publishAsync(downTopic(company, boxB.id), 'for B only');
    await g.publishAsync(downTopic(company, boxA.id), 'downlink');
    const marker = `${Date.now()}`;
    await g.publishAsync(downTopic(company, boxA.id), marker);
    for (let i = 0; i < 100 && !seen.some((s) => s.endsWith(marker)); i++) await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([`${upTopic(company, boxA.id)} own press`, `${downTopic(company, boxB.id)} for B only`, `${downTopic(company, boxA.id)} downlink`, `${downTopic(company, boxA.id)} ${marker}`]);
    for (let i = 0; i < 100 && !aGot.some((s) => s.endsWith(marker)); i++) await new Promise((r) => setTimeout(r, 20));
    // A read nothing but its own downlink (each once, however many of its subscriptions match).
    expect([...new Set(aGot)]).toEqual([`${downTopic(company, boxA.id)} downlink`, `${downTopic(company, boxA.id)} ${marker}`]);
  });
});
