// Which kind of device holds a seat, and which games it can play. A phone plays every game;
// a buzzer box (docs/HARDWARE.md) has one button, so it plays only the games that declare it
// in `GameDefinition.inputs` (Reaktion). In every other game's round a box seat sits out:
// the server gives it no result and leaves it out of the round's counts, ranks and leaders,
// and the projector shows it as paused. This is the one place that decides it.

/** The kinds of seat: a phone (or browser) and a buzzer box. */
export const SEAT_INPUTS = ['phone', 'box'] as const;
export type SeatInput = (typeof SEAT_INPUTS)[number];

/** What playing needs to know of a game: the seat kinds it declares (absent = phones only). */
export interface PlayableBy {
  readonly inputs?: readonly SeatInput[];
}

/** True when a seat of this kind can play `game` (an unknown game: only phones). */
export function canPlay(game: PlayableBy | undefined, input: SeatInput): boolean {
  return (game?.inputs ?? ['phone']).includes(input);
}

/** True when a seat of this kind can play at least one of these games. */
export function canPlayAny(games: readonly (PlayableBy | undefined)[], input: SeatInput): boolean {
  return games.some((g) => canPlay(g, input));
}
