import type { GameRegistry } from '../../shared/games/registry.ts';
import type { PlaylistEntry } from '../../shared/protocol/messages.ts';
import type { CardThrottle } from '../auth/card-throttle.ts';
import type { ApprenticeRepository } from '../repositories/apprentice-repository.ts';
import type { BoardRepository } from '../repositories/board-repository.ts';
import type { SessionRepository } from '../repositories/session-repository.ts';
import type { SessionSnapshotRepository } from '../repositories/session-snapshot-repository.ts';
import type { TrainerRepository } from '../repositories/trainer-repository.ts';
import type { ContentSource } from './content-pins.ts';
import type { FlowTimings } from './session-flow.ts';
import type { SoloLimits } from './solo-limits.ts';
import type { ReservedNames } from './reserved-names.ts';

// What a session room is built from (server/app.ts passes it to createSessionRoom), and the
// room's fixed times.

export interface RoomDeps {
  sessions: SessionRepository;
  trainers: TrainerRepository;
  apprentices: ApprenticeRepository;
  boards: BoardRepository;
  /** Where hosted sessions keep their seats over a crash (review N1); without it nothing is kept. */
  snapshots?: SessionSnapshotRepository;
  /** A company's stored sets (Werkstatt); without it, playlists naming a set are refused. */
  content?: ContentSource;
  /** Paces wrong card codes per address. */
  cardThrottle: CardThrottle;
  /** Bounds anonymous solo rooms and practice rounds per address and device. */
  soloLimits: SoloLimits;
  /** The company's apprentices' names, kept for their cards (a guest may not take one). */
  reservedNames: ReservedNames;
  buildId: string;
  /** The games this server plays (server/app.ts passes the shipped registry; tests add a probe game). */
  games: GameRegistry;
  reconnectGraceS: number;
  maxPlayers: number;
  timings: FlowTimings;
  now?: () => number;
}

/** A host's page may be closed longer than a player's (projector laptop asleep). */
export const HOST_GRACE_S = 600;
/** Seconds between a seat reservation (HTTP) and its WebSocket before it lapses: a slow phone on a busy Wi-Fi (or a class reloading at once) needs them; the seat limit counts seats, never reservations, so a longer time costs nothing but a little memory. */
export const SEAT_RESERVATION_S = 15;

/** A new hosted session's playlist: three rounds of the registry's first game (the room names no game itself). */
export function defaultPlaylist(games: GameRegistry): PlaylistEntry[] {
  const first = games.all[0];
  return first ? [{ gameId: first.id, level: first.levels[0] ?? 1, rounds: 3 }] : [];
}
