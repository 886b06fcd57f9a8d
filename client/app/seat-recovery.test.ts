import { describe, expect, it } from 'vitest';
import { rejoinMayRetry } from './seat-recovery.ts';

// A phone rejoining after a lost connection keeps its seat key unless the server said the seat
// or session is gone: a busy or restarting server is no such answer.

describe('rejoinMayRetry', () => {
  it('keeps the key through an unreachable, degraded or pacing server', () => {
    expect((['CONNECTION_LOST', 'SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'RATE_LIMITED'] as const).map(rejoinMayRetry)).toEqual([true, true, true, true]);
  });

  it('lets the key go when the server answered about the seat or session', () => {
    expect((['SEAT_NOT_FOUND', 'SESSION_NOT_FOUND', 'KICKED', 'VERSION_MISMATCH'] as const).map(rejoinMayRetry)).toEqual([false, false, false, false]);
  });
});
