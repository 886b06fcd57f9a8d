import { normalizeNickname } from '../../shared/core/text.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { BoxCommand, BoxDown, BoxLobbyEntry } from '../../shared/protocol/hardware.ts';
import type { BoxRoomSide, RoomBox } from './box-types.ts';

// The host's `box` commands in the lobby (and later): admit a waiting box onto a seat, refuse
// it, name it, or give it to an apprentice's card (its points then count for that apprentice).

/** The room's box list as the commands use it (box-room.ts). */
export interface CommandRoom {
  readonly boxes: Map<string, RoomBox>;
  send(entry: RoomBox, body: BoxDown): void;
  lobby(): BoxLobbyEntry[];
  forget(entry: RoomBox): void;
}

export class BoxCommands {
  constructor(private readonly room: CommandRoom, private readonly side: BoxRoomSide) {}

  /** Carries out a host's command; the refusal code, or null (an `assign` may still fail later: hostError). */
  run(cmd: BoxCommand): ErrorCode | null {
    const entry = this.room.boxes.get(cmd.boxId);
    if (!entry) return 'PLAYER_NOT_FOUND';
    switch (cmd.action) {
      case 'admit': return this.admit(entry);
      case 'refuse': return this.refuse(entry);
      case 'name': return this.name(entry, cmd.name);
      case 'assign': return this.assign(entry, cmd.apprenticeId);
    }
  }

  private admit(entry: RoomBox): ErrorCode | null {
    if (entry.state === 'admitted') return null;
    const nickname = normalizeNickname(entry.box.label);
    const seat = this.side.seat(nickname.ok ? nickname.value : 'Buzzer', `box:${entry.box.id}`, null);
    entry.state = 'admitted';
    entry.seatId = seat.id;
    this.room.send(entry, { t: 'status', state: 'admitted', name: seat.nickname, mode: entry.mode });
    this.side.notifyHost(this.room.lobby());
    this.side.measureLatency(seat);
    return null;
  }

  private refuse(entry: RoomBox): ErrorCode | null {
    const seat = this.side.seatOf(entry);
    if (seat) this.side.remove(seat, 'KICKED');
    this.room.send(entry, { t: 'status', state: 'refused', name: entry.box.label, mode: null });
    this.room.forget(entry);
    return null;
  }

  private name(entry: RoomBox, raw: string): ErrorCode | null {
    const seat = this.side.seatOf(entry);
    if (!seat) return 'WRONG_PHASE';
    const name = normalizeNickname(raw);
    if (!name.ok) return 'BOX_NAME_INVALID';
    this.side.rename(seat, name.value, seat.apprenticeId);
    this.side.notifyHost(this.room.lobby());
    return null;
  }

  private assign(entry: RoomBox, apprenticeId: string | null): ErrorCode | null {
    const seat = this.side.seatOf(entry);
    const companyId = this.side.companyId();
    if (!seat || !companyId) return 'WRONG_PHASE';
    if (apprenticeId === null) {
      this.side.rename(seat, seat.nickname, null);
      this.side.notifyHost(this.room.lobby());
      return null;
    }
    this.side.findApprentice(apprenticeId, companyId).then((a) => {
      // Another company's apprentice looks missing (isolation), as on every route.
      if (!a) return this.side.hostError('PLAYER_NOT_FOUND');
      if (this.side.seatOf(entry) !== seat) return;
      this.side.rename(seat, a.displayName, a.id);
      this.side.notifyHost(this.room.lobby());
    }, () => this.side.hostError('SERVER_ERROR'));
    return null;
  }
}
