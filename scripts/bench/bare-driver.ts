import { Client, type Room } from '@colyseus/sdk';
import { BARE_ROOM, BareState } from './bare-server.ts';
import { welcomeCode, type RoundDriver } from './host-driver.ts';

// Runs rounds in the bare reference room: starts each round, waits for its end, and starts
// the next after a short gap (the bare room has no countdown, reveal or scoreboard).

/** Pause between two bare rounds (ms), about our reveal + scoreboard holds. */
const GAP_MS = 2000;

export class BareDriver implements RoundDriver {
  readonly errors: Record<string, number> = {};
  readonly revealDelaysMs: number[] = [];
  private listeners: ((phase: string) => void)[] = [];
  private roundEnded: ((round: number) => void) | null = null;

  private constructor(private readonly room: Room<any, BareState>, readonly code: string) {
    room.onMessage('roundEnd', (m: { round: number }) => this.roundEnded?.(m.round));
    room.onMessage('*', () => {});
  }

  /** Creates a bare room and resolves once its code is known. */
  static async create(baseUrl: string): Promise<BareDriver> {
    const client = new Client(baseUrl);
    const room = await client.create(BARE_ROOM, { role: 'host' }, BareState);
    return new BareDriver(room, await welcomeCode(room, 'the bare driver'));
  }

  onPhase(fn: (phase: string) => void): void {
    this.listeners.push(fn);
  }

  get playerCount(): number {
    return this.room.state.players?.size ?? 0;
  }

  async run(rounds: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (let round = 0; round < rounds; round++) {
      this.phase('play');
      const ended = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`bare round ${round} did not end`)), Math.max(1000, deadline - Date.now()));
        this.roundEnded = (r) => {
          if (r !== round) return;
          clearTimeout(timer);
          resolve();
        };
      });
      this.room.send('start', { round });
      await ended;
      this.phase('gap');
      await new Promise((r) => setTimeout(r, GAP_MS));
    }
    this.phase('podium');
  }

  async leave(): Promise<void> {
    await this.room.leave(true).catch(() => {});
  }

  private phase(name: string): void {
    for (const fn of this.listeners) fn(name);
  }
}
