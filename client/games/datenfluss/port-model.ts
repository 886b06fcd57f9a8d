import { arrive, newPort, serve, type PortState, type QueueId, type Tally } from '../../../shared/games/datenfluss/switch-sim.ts';

// Level 4 on the phone: the same simulation the server replays, fed with the arrivals the
// cues showed and this player's own choices, so the queues on screen are the server's.

export interface PortView {
  port: PortState;
  tally: Tally;
  /** What was served in the tick before (null: nothing), for the feedback line. */
  lastServed: QueueId | null;
}

/** Arrivals per tick (from cues) and the player's choice per tick (null: none, round-robin). */
export class PortModel {
  private readonly arrivals: string[][] = [];
  private readonly choices: (QueueId | null)[] = [];

  /** Records the arrivals a tick's cue showed. */
  arrivalsAt(tick: number, tokens: string[]): void {
    this.arrivals[tick] = tokens;
  }

  /** Records this player's choice for a tick (null when the server refused it). */
  choose(tick: number, queue: QueueId | null): void {
    this.choices[tick] = queue;
  }

  /** The queues at the start of `tick`, after its arrivals (ticks not seen count as empty). */
  viewAt(tick: number): PortView {
    const { port, tally } = newPort();
    let lastServed: QueueId | null = null;
    for (let t = 0; t <= tick; t++) {
      arrive(port, tally, t, this.arrivals[t] ?? []);
      if (t < tick) lastServed = serve(port, tally, t, this.choices[t] ?? null);
    }
    return { port, tally, lastServed };
  }
}
