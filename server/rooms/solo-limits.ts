import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeCounted as consume, type LimiterFactory } from '../http/rate-limits.ts';

/**
 * Bounds on anonymous solo practice, which anyone may start without an account. Each solo
 * room writes a session row and each round a stored result, so one client must not be able
 * to create rooms or rounds without end. The numbers leave a whole class on one address
 * room to practise: a person starts a new game at most every few seconds.
 */
export interface SoloLimitOptions {
  /** New solo rooms per address per minute (a class of 60 shares one address). */
  roomsPerAddressPerMin: number;
  /** New solo rooms per device (practice id) per minute. */
  roomsPerDevicePerMin: number;
  /** Stored practice rounds per device (or room, without a practice id) per minute. */
  roundsPerDevicePerMin: number;
  /** Stored practice rounds per address per minute. */
  roundsPerAddressPerMin: number;
}

export const SOLO_LIMITS: SoloLimitOptions = {
  roomsPerAddressPerMin: 120,
  roomsPerDevicePerMin: 10,
  roundsPerDevicePerMin: 12,
  roundsPerAddressPerMin: 300,
};

const MINUTE_S = 60;

export class SoloLimits {
  private readonly roomsByAddress: RateLimiterAbstract;
  private readonly roomsByDevice: RateLimiterAbstract;
  private readonly roundsByDevice: RateLimiterAbstract;
  private readonly roundsByAddress: RateLimiterAbstract;

  constructor(store: LimiterFactory, readonly opts: SoloLimitOptions = SOLO_LIMITS) {
    this.roomsByAddress = store.raw({ name: 'solo-rooms-ip', points: opts.roomsPerAddressPerMin, durationS: MINUTE_S });
    this.roomsByDevice = store.raw({ name: 'solo-rooms-device', points: opts.roomsPerDevicePerMin, durationS: MINUTE_S });
    this.roundsByDevice = store.raw({ name: 'solo-rounds-device', points: opts.roundsPerDevicePerMin, durationS: MINUTE_S });
    this.roundsByAddress = store.raw({ name: 'solo-rounds-ip', points: opts.roundsPerAddressPerMin, durationS: MINUTE_S });
  }

  /** Counts a new solo room; false when the address or the device is over its bound. */
  async admitRoom(address: string, practiceId: string | null): Promise<boolean> {
    const checks = [consume(this.roomsByAddress, address)];
    if (practiceId) checks.push(consume(this.roomsByDevice, practiceId));
    return (await Promise.all(checks)).every((c) => c.allowed);
  }

  /** Counts a new practice round of a device (its practice id, else its room); false when over a bound. */
  async admitRound(address: string, device: string): Promise<boolean> {
    const [byDevice, byAddress] = await Promise.all([consume(this.roundsByDevice, device), consume(this.roundsByAddress, address)]);
    return byDevice.allowed && byAddress.allowed;
  }
}
