import type { SensorAnswer, SensorPublicRound, SensorWire } from '../../../shared/games/sensor-labor/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import type { AckOf } from '../../kit/contract.ts';

// What each level's view offers the scene: built at mount (countdown), its Phaser scene
// booted once the element is on the page, started with the public round at play, fed the
// acks of its own answers.

export interface ViewCtx {
  lang(): Lang;
  /** Sends `answer` data for this round. */
  answer(data: SensorAnswer): void;
  /** Answers this player already gave in this round (a remount after a reload). */
  answeredSoFar(): number;
  /** Milliseconds for a movement: `ms`, or 0 when the player prefers reduced motion. */
  motion(ms: number): number;
}

export interface LevelView {
  el: HTMLElement;
  /** The element is on the page (with its size): boot the Phaser scene. */
  mounted(): Promise<void>;
  start(pub: SensorPublicRound): void;
  ack(ack: AckOf<SensorWire>): void;
  relabel(): void;
  destroy(): void;
}

/** Strings of a list in the public round that pass `ok`; anything else is dropped. */
export function stringsOf<T extends string>(raw: unknown, ok: (v: unknown) => v is T): T[] {
  return Array.isArray(raw) ? raw.filter(ok) : [];
}
