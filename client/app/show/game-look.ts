import { gameAccent } from '../../games/index.ts';

// One colour per game for the projector and the phones (badges, bars, the stage glow). A
// game names its colour in its client registry entry; a game without one still gets a
// stable colour of its own from this palette, so a new game looks right without edits here.

/** Dark enough for white text on top (contrast ≥ 4.5:1). */
const PALETTE = ['#b4361f', '#0d7268', '#5b3fb0', '#1d5fa8', '#8a4b00', '#a3246b'];

/** The game's accent colour as a CSS colour. */
export function gameColor(gameId: string): string {
  const own = gameAccent(gameId);
  if (own) return own;
  let hash = 0;
  for (const ch of gameId) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[hash % PALETTE.length] as string;
}

/** Sets the game's colour on an element as `--game` (CSS uses it for accents). */
export function paintGame(el: HTMLElement, gameId: string): void {
  el.style.setProperty('--game', gameColor(gameId));
}
