import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { ServerMessages, ServerMessageType } from '../../shared/protocol/messages.ts';
import type { SessionState } from '../../shared/protocol/state.ts';
import type { ApprenticeRepository } from '../repositories/apprentice-repository.ts';
import type { Roster } from '../rooms/roster.ts';
import type { Seat } from '../rooms/seats.ts';
import type { SessionFlow } from '../rooms/session-flow.ts';
import type { BoxHub } from './box-hub.ts';
import { BoxRoom } from './box-room.ts';
import type { BoxRoomSide } from './box-types.ts';

// Builds a room's box side from the room's parts, so session-room.ts needs only a few lines:
// `attachBoxes(...)`, then `connections`, `onBroadcast`, `markStore` and `close`.

/** The room's parts the box side works through. */
export interface BoxRoomParts {
  state: SessionState;
  roster: Roster;
  flow(): SessionFlow;
  companyId(): string | null;
  toHost<K extends ServerMessageType>(type: K, payload: ServerMessages[K]): void;
  apprentices: ApprenticeRepository;
  measureLatency(seat: Seat): void;
  now(): number;
}

/** A room's box side, registered with the hub; `close()` when the room is gone. */
export function attachBoxes(hub: BoxHub, parts: BoxRoomParts): BoxRoom & { close(): void } {
  const { state, roster } = parts;
  const side: BoxRoomSide = {
    companyId: parts.companyId,
    code: () => state.code,
    phase: () => state.phase,
    gameId: () => state.gameId,
    seatOf: (entry) => (entry.seatId ? roster.seats.get(entry.seatId) : undefined),
    seat: (nickname, sessionId, apprenticeId) => {
      const seat = roster.seat(roster.seats.freeNickname(nickname), sessionId, null, apprenticeId, null, 'box');
      const player = state.players.get(seat.id);
      const entry = room.boxes.get(sessionId.slice('box:'.length));
      if (player && entry) player.box = entry.mode;
      if (entry) seat.boxId = entry.box.id;
      side.reconnect(seat);
      return seat;
    },
    reconnect: (seat) => {
      roster.connect(seat);
      parts.flow().present(seat);
    },
    keptSeat: (boxId) => roster.seats.all().find((s) => s.boxId === boxId),
    retake: (seat, sessionId, mode) => {
      roster.takeOver(seat, sessionId);
      const player = state.players.get(seat.id);
      if (player) player.box = mode;
      side.reconnect(seat);
    },
    drop: (seat) => roster.drop(seat),
    remove: (seat, code) => roster.remove(seat, code),
    rename: (seat, nickname, apprenticeId) => {
      const name = nickname === seat.nickname ? nickname : roster.seats.freeNickname(nickname);
      roster.rename(seat, name, apprenticeId);
    },
    recordPong: (seat, s) => roster.seats.recordPong(seat, s, parts.now()),
    answer: (seat, envelope) => parts.flow().answer(seat, envelope),
    notifyHost: (boxes) => parts.toHost('boxes', { boxes }),
    findApprentice: (id, companyId) => parts.apprentices.find(id, companyId),
    hostError: (code: ErrorCode) => parts.toHost('error', { code, type: 'box' }),
    measureLatency: (seat) => parts.measureLatency(seat),
  };
  const room = new BoxRoom(hub, side, (summary) => parts.toHost('inputLatency', summary), parts.now);
  // Found by its join code: a solo room has none and so never takes a box.
  hub.register(room);
  return Object.assign(room, { close: () => hub.unregister(room) });
}
