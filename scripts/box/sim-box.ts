import { connectAsync, type MqttClient } from 'mqtt';
import { estimateClockOffset, type ClockSample } from '../../shared/core/clock-sync.ts';
import { downTopic, parseBoxDown, parseEnvelope, upTopic, type BoxDown, type BoxMode, type BoxUp } from '../../shared/protocol/hardware.ts';
import { noDelay } from '../../server/hardware/box-gateway.ts';
import { boxLoginPassword, boxSignKey, envelope, verifyBody } from '../../server/hardware/box-crypto.ts';

// A buzzer box without a box: the reference implementation of docs/HARDWARE.md, used by
// `npm run box`, the tests and the benchmark. It speaks exactly the documented topics and
// payloads: signed envelopes both ways, clock sync by several time samples (minimum round
// trip), a stimulus lit at the scheduled time on its own clock and timed by its own timer
// (mode stimulus), or a press reported on the synced clock (mode button).

export interface SimCredential {
  boxId: string;
  companyId: string;
  secret: string;
}

export interface SimBoxOptions {
  url: string;
  mode: BoxMode;
  /** The simulated person's reaction time for a trial, in ms (null: does not press). */
  reactionMs(round: number, trial: number): number | null;
  /** Offset of the box's own clock from the server's, ms (a real box's clock starts anywhere). */
  clockSkewMs?: number;
  /** Log in with the box's broker password (the embedded broker needs it; default true). */
  login?: boolean;
}

/** One simulated press: what really happened (truth) and what the server said. */
export interface SimPress {
  round: number;
  trial: number;
  truthMs: number;
  /** performance.now() when the press was sent and when its ack came (the benchmark's ack latency). */
  sentAt: number;
  ackAt?: number;
  ack?: Extract<BoxDown, { t: 'ack' }>;
}

export class SimBox {
  readonly signKey: string;
  readonly presses: SimPress[] = [];
  readonly received: BoxDown[] = [];
  /** Server clock minus own clock, from the best sample (null before sync). */
  offsetMs: number | null = null;
  private client: MqttClient | null = null;
  private readonly nonces = new Map<string, string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private timeSamples: ClockSample[] = [];
  private listeners: ((m: BoxDown) => void)[] = [];

  constructor(readonly cred: SimCredential, private readonly opts: SimBoxOptions) {
    this.signKey = boxSignKey(cred.secret);
  }

  /** The box's own clock (ms, any epoch; here the wall clock plus the simulated skew). */
  clock(): number {
    return Date.now() + (this.opts.clockSkewMs ?? 0);
  }

  async connect(): Promise<void> {
    const login = this.opts.login ?? true;
    this.client = await connectAsync(this.opts.url, {
      clientId: this.cred.boxId, clean: true, reconnectPeriod: 0, connectTimeout: 5000,
      ...(login ? { username: this.cred.boxId, password: boxLoginPassword(this.cred.secret) } : {}),
    });
    noDelay(this.client);
    this.client.on('message', (_topic, payload) => this.onDown(payload.toString('utf8')));
    await this.client.subscribeAsync(downTopic(this.cred.companyId, this.cred.boxId), { qos: 0 });
  }

  /** The last signed press sent (tests replay it). */
  lastPress: string | null = null;

  /** Publishes a signed body on the box's uplink. */
  send(body: BoxUp): void {
    const payload = envelope(this.signKey, 'up', body);
    if (body.t === 'press') this.lastPress = payload;
    this.raw(payload);
  }

  /** Publishes any payload on the box's uplink (tests send broken ones). */
  raw(payload: string | Buffer, topic = upTopic(this.cred.companyId, this.cred.boxId)): void {
    this.client?.publish(topic, payload, { qos: 0 });
  }

  /** Resolves with the first downlink body that `match` accepts (also one already received). */
  waitFor<T extends BoxDown>(match: (m: BoxDown) => m is T, timeoutMs?: number): Promise<T>;
  waitFor(match: (m: BoxDown) => boolean, timeoutMs?: number): Promise<BoxDown>;
  waitFor(match: (m: BoxDown) => boolean, timeoutMs = 5000): Promise<BoxDown> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`box ${this.cred.boxId.slice(0, 8)}: no matching message in ${timeoutMs} ms`)), timeoutMs);
      const listener = (m: BoxDown) => {
        if (!match(m)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(m);
      };
      this.listeners.push(listener);
    });
  }

  /** Clock sync: `samples` time requests a few ms apart; the offset comes from the shortest round trip. */
  async sync(samples = 8): Promise<number> {
    this.timeSamples = [];
    for (let i = 0, lost = 0; i < samples; i++) {
      const c = this.clock();
      this.send({ t: 'time', c });
      // QoS 0 may lose a message (or a busy server drop it): ask again, up to 3 times in all.
      const ok = await this.waitFor((m) => m.t === 'time' && m.c === c, 3000).then(() => true, () => false);
      if (!ok && ++lost >= 3) throw new Error(`box ${this.cred.boxId.slice(0, 8)}: no clock-sync answer`);
      if (!ok) i--;
    }
    const best = estimateClockOffset(this.timeSamples);
    if (!best) throw new Error('clock sync failed');
    this.offsetMs = best.offsetMs;
    return best.rttMs;
  }

  /** Asks to join the session with this code. */
  hello(code: string): void {
    this.send({ t: 'hello', code, mode: this.opts.mode, n: Math.random().toString(36).slice(2, 12).padEnd(8, 'x') });
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    await this.client?.endAsync(true).catch(() => {});
  }

  private later(fn: () => void, ms: number): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, Math.max(0, ms));
    this.timers.add(t);
  }

  private onDown(raw: string): void {
    const env = parseEnvelope(raw);
    // A box believes only what the server signed with its key (anyone may publish on an open broker).
    if (!env || !verifyBody(this.signKey, 'down', env.m, env.sig)) return;
    const m = parseBoxDown(env.m);
    if (!m) return;
    this.received.push(m);
    if (this.received.length > 500) this.received.splice(0, 250);
    if (m.t === 'time') this.timeSamples.push({ clientSentMs: m.c, serverMs: m.s, clientReceivedMs: this.clock() });
    else if (m.t === 'ping') this.send({ t: 'pong', s: m.s });
    else if (m.t === 'trial') this.nonces.set(`${m.round}:${m.trial}`, m.nonce);
    else if (m.t === 'stimulus') this.onStimulus(m);
    else if (m.t === 'ack') {
      const press = this.presses.find((p) => p.round === m.round && p.trial === m.trial && !p.ack);
      if (press) {
        press.ack = m;
        press.ackAt = performance.now();
      }
    }
    for (const l of this.listeners) l(m);
  }

  /** Lights the stimulus at the scheduled time on the own clock; the simulated person presses `reactionMs` after it. */
  private onStimulus(m: Extract<BoxDown, { t: 'stimulus' }>): void {
    const rt = this.opts.reactionMs(m.round, m.trial);
    const nonce = this.nonces.get(`${m.round}:${m.trial}`);
    if (rt === null || !nonce || this.offsetMs === null) return;
    const offset = this.offsetMs;
    const onsetLocal = m.at - offset;
    if (this.opts.mode === 'stimulus') {
      this.later(() => {
        // The LED is lit now; the box's own µs timer (performance.now here, micros() on an ESP32) starts.
        const litUs = performance.now() * 1000;
        this.later(() => {
          const rtUs = Math.round(performance.now() * 1000 - litUs);
          this.presses.push({ round: m.round, trial: m.trial, truthMs: rtUs / 1000, sentAt: performance.now() });
          this.send({ t: 'press', round: m.round, trial: m.trial, nonce, rtUs, at: null });
        }, rt);
      }, onsetLocal - this.clock());
      return;
    }
    // Button mode: the stimulus shows on a phone or the projector at `at`; the person presses rt later.
    this.later(() => {
      const pressedLocal = this.clock();
      // Truth on the server's clock (same process: the wall clock without the box's skew).
      this.presses.push({ round: m.round, trial: m.trial, truthMs: pressedLocal - (this.opts.clockSkewMs ?? 0) - m.at, sentAt: performance.now() });
      this.send({ t: 'press', round: m.round, trial: m.trial, nonce, rtUs: null, at: pressedLocal + offset });
    }, onsetLocal + rt - this.clock());
  }
}
