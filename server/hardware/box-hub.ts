import type { BoxDown, BoxMode, BoxUp } from '../../shared/protocol/hardware.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { BoxAuth } from '../repositories/box-repository.ts';

// Where box messages meet rooms, in this process: each hosted room with hardware registers
// its join code; a box is bound to at most one room at a time (the last it said hello to).
// Rooms of other processes (scale-out over Redis) are not reachable from here: docs/HARDWARE.md.

/** What a room offers the hub (server/hardware/box-room.ts). */
export interface BoxRoomPort {
  /** The session's join code ('' while it has none). */
  code(): string;
  /** The company whose trainer hosts the session (null before the host came). */
  companyId(): string | null;
  /** A box asks to join (or comes back); returns a refusal or null. */
  hello(box: BoxAuth, mode: BoxMode): ErrorCode | null;
  /** A signed message of a box bound to this room. */
  receive(box: BoxAuth, msg: Exclude<BoxUp, { t: 'hello' | 'time' }>, arrivedAt: number): ErrorCode | null;
  /** The box is gone from this room: `revoked` credential, `flooded`, or it moved to another session. */
  release(boxId: string, why: 'revoked' | 'flooded' | 'moved'): void;
}

/** Sends a body to a box (the gateway signs and publishes it). */
export type BoxSender = (box: BoxAuth, body: BoxDown) => void;

export class BoxHub {
  private readonly rooms = new Set<BoxRoomPort>();
  private readonly boundTo = new Map<string, BoxRoomPort>();
  private sender: BoxSender = () => {};
  /** When a phone's answer last arrived in this process (performance.now() ms). */
  private lastAnswerAt = -Infinity;
  /** Called when a box must be cut off at the broker too (embedded broker only). */
  onKick: (boxId: string) => void = () => {};

  /** The gateway's way to a box. */
  setSender(send: BoxSender): void {
    this.sender = send;
  }

  send(box: BoxAuth, body: BoxDown): void {
    this.sender(box, body);
  }

  /** A phone's answer arrived (any room of this process): box uplinks hold back a moment (box-gateway.ts). */
  answerArrived(): void {
    this.lastAnswerAt = performance.now();
  }

  /** Ms since a phone's answer last arrived in this process (Infinity before the first). */
  sinceAnswer(): number {
    return performance.now() - this.lastAnswerAt;
  }

  /** A hosted room takes boxes from now on (found by its join code). */
  register(room: BoxRoomPort): void {
    this.rooms.add(room);
  }

  /** The room is gone: its boxes are bound nowhere. */
  unregister(room: BoxRoomPort): void {
    this.rooms.delete(room);
    for (const [boxId, r] of this.boundTo) if (r === room) this.boundTo.delete(boxId);
  }

  /** A box asks to join the session with `code`: only a session of its own company (else BOX_SESSION). */
  hello(box: BoxAuth, code: string, mode: BoxMode): ErrorCode | null {
    // A scan: hellos are rare (one per box and session), rooms in one process a few hundred at most.
    let room: BoxRoomPort | undefined;
    for (const r of this.rooms) if (r.code() === code) room = r;
    if (!room || room.companyId() !== box.companyId) return 'BOX_SESSION';
    const before = this.boundTo.get(box.id);
    if (before && before !== room) before.release(box.id, 'moved');
    const refusal = room.hello(box, mode);
    if (!refusal) this.boundTo.set(box.id, room);
    return refusal;
  }

  /** Any other message goes to the box's room; BOX_NOT_ADMITTED when it is bound to none. */
  receive(box: BoxAuth, msg: Exclude<BoxUp, { t: 'hello' | 'time' }>, arrivedAt: number): ErrorCode | null {
    const room = this.boundTo.get(box.id);
    return room ? room.receive(box, msg, arrivedAt) : 'BOX_NOT_ADMITTED';
  }

  /** The room let the box go (refused, removed): it is bound nowhere. */
  unbind(boxId: string, room: BoxRoomPort): void {
    if (this.boundTo.get(boxId) === room) this.boundTo.delete(boxId);
  }

  /**
   * A trainer revoked the box, or it flooded: out of its room (and off the embedded broker).
   * A revoked box also loses a seat a restored session kept for it in any room (it is bound to
   * none of them until it says hello again).
   */
  cutOff(boxId: string, why: 'revoked' | 'flooded'): void {
    const room = this.boundTo.get(boxId);
    if (why === 'revoked') this.boundTo.delete(boxId);
    room?.release(boxId, why);
    if (why === 'revoked') for (const r of this.rooms) if (r !== room) r.release(boxId, why);
    this.onKick(boxId);
  }
}
