import { Client, type Room } from '@colyseus/sdk';
import { PROTOCOL_VERSION, ROOM_SESSION } from '../../shared/protocol/constants.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { benchTrainerHeaders } from './bench-trainer.ts';

// The trainer's side of a session: creates it, sets the playlist, starts, and presses
// "next" at reveal and scoreboard so the bench does not sit through 25 s per round.

/** How long the host lets reveal and scoreboard show before `next` (ms). */
const HOLD_MS = 1000;

/** What a scenario needs from the side that runs the rounds (ours: the host; bare: a driver client). */
export interface RoundDriver {
  readonly code: string;
  readonly errors: Record<string, number>;
  readonly revealDelaysMs: number[];
  /** Players the driver's room shows. */
  readonly playerCount: number;
  onPhase(fn: (phase: string) => void): void;
  run(rounds: number, timeoutMs: number): Promise<void>;
  leave(): Promise<void>;
}

/** The join code from the room's `welcome` message (10 s at most). */
export function welcomeCode(room: Room, who: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${who} got no welcome within 10 s`)), 10_000);
    room.onMessage('welcome', (w: { code: string }) => {
      clearTimeout(timer);
      resolve(w.code);
    });
  });
}

export class HostDriver implements RoundDriver {
  readonly errors: Record<string, number> = {};
  /** Per round: how long after play's scheduled end the reveal arrived (scoring + DB write), ms. */
  readonly revealDelaysMs: number[] = [];
  private phase = 'lobby';
  private playEndsAt = 0;
  private listeners: ((phase: string) => void)[] = [];
  private onPodium: (() => void) | null = null;

  private constructor(private readonly room: Room<any, SessionState>, readonly code: string) {
    room.onMessage('*', (type, payload: any) => {
      if (type === 'error') this.errors[payload?.code ?? 'UNKNOWN'] = (this.errors[payload?.code ?? 'UNKNOWN'] ?? 0) + 1;
    });
    room.onStateChange((state) => this.onState(state));
  }

  /** Creates a hosted session and resolves once its join code is known. */
  static async create(baseUrl: string): Promise<HostDriver> {
    const client = new Client(baseUrl, { headers: await benchTrainerHeaders(baseUrl) });
    const room = await client.create(ROOM_SESSION, { protocol: PROTOCOL_VERSION, role: 'host' }, SessionState);
    return new HostDriver(room, await welcomeCode(room, 'the host'));
  }

  /** Called with each new phase (the sampler labels its samples with it). */
  onPhase(fn: (phase: string) => void): void {
    this.listeners.push(fn);
  }

  get playerCount(): number {
    return this.room.state.players?.size ?? 0;
  }

  /** Plays `rounds` Reaktion rounds (level 1) and resolves on the podium. */
  run(rounds: number, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no podium within ${timeoutMs / 1000} s (phase ${this.phase})`)), timeoutMs);
      this.onPodium = () => {
        clearTimeout(timer);
        resolve();
      };
      this.room.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds }] });
      this.room.send('start');
    });
  }

  async leave(): Promise<void> {
    await this.room.leave(true).catch(() => {});
  }

  private onState(state: SessionState): void {
    if (state.phase === 'play') this.playEndsAt = state.phaseEndsAt;
    if (state.phase === this.phase) return;
    this.phase = state.phase;
    for (const fn of this.listeners) fn(state.phase);
    if (state.phase === 'reveal' && this.playEndsAt > 0) this.revealDelaysMs.push(Date.now() - this.playEndsAt);
    if (state.phase === 'reveal' || state.phase === 'scoreboard') {
      const expected = state.phase;
      setTimeout(() => {
        if (this.phase === expected) this.room.send('next');
      }, HOLD_MS);
    }
    if (state.phase === 'podium') this.onPodium?.();
  }
}
