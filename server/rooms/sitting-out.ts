import { canPlay, canPlayAny } from '../../shared/games/seat-inputs.ts';
import type { GameRegistry } from '../../shared/games/registry.ts';
import type { PlayerState, SessionState } from '../../shared/protocol/state.ts';
import type { Seat, Seats } from './seats.ts';

// Who plays the current round. A seat whose device cannot play the round's game (a buzzer
// box in Sensor-Labor, Datenfluss or Werkstatt; the game declares its seat kinds in
// `GameDefinition.inputs`) sits out: it is not present in the round (no result, nothing
// stored), the round does not wait for it, and it is left out of the round's player count,
// ranks and leaders. Its state entry says so (`out`), for the projector's "pausiert". The
// phase machine asks only this class; no game and no count knows about boxes.

export class SittingOut {
  constructor(
    private readonly state: SessionState,
    private readonly seats: Seats,
    private readonly games: GameRegistry,
  ) {}

  /** True when the seat plays the current round's game (in the lobby: every seat). */
  plays(seat: Seat): boolean {
    return this.state.phase === 'lobby' || canPlay(this.games.find(this.state.gameId), seat.input);
  }

  /** True when the seat sits out now: the current round's game, or at the podium every game of the playlist. */
  sitsOut(seat: Seat): boolean {
    switch (this.state.phase) {
      case 'lobby': return false;
      case 'podium': return !canPlayAny(this.state.playlist.map((item) => this.games.find(item.gameId)), seat.input);
      default: return !this.plays(seat);
    }
  }

  /** Marks each seat's state entry for the phase just entered (or one seat that just came). */
  mark(only?: Seat): void {
    for (const seat of only ? [only] : this.seats.all()) {
      const player = this.state.players.get(seat.id);
      if (player) player.out = this.sitsOut(seat);
    }
  }

  /** Players who take part in the current round: the round's "von n". */
  count(): number {
    let n = 0;
    for (const seat of this.seats.all()) if (!this.sitsOut(seat)) n++;
    return n;
  }

  /** Whether a player is ranked: it takes part now, or it has a result in an earlier round (its points stand). */
  ranked(player: PlayerState): boolean {
    const seat = this.seats.get(player.id);
    return !player.out || (seat?.rounds ?? 0) > 0;
  }
}
