import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionRepository } from '../repositories/session-repository.ts';
import { PERSONAL_TABLES } from '../db/purge.ts';
import { startRetention } from './retention.ts';

afterEach(() => vi.useRealTimers());

describe('N9: deletions leave the data files too', () => {
  it('a retention sweep that deleted rows asks for a purge; one that deleted nothing does not', async () => {
    vi.useFakeTimers();
    const counts = [[3, 0], [0, 0]];
    let sweep = 0;
    const sessions = {
      deleteExpiredGuestResults: async () => counts[sweep]![0]!,
      deleteExpiredPractice: async () => counts[sweep++]![1]!,
    } as unknown as SessionRepository;
    const purge = { request: vi.fn() };
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const stop = startRetention(sessions, 90, 60_000, purge);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(purge.request).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(purge.request).toHaveBeenCalledTimes(1);
    stop();
  });

  it('the purge rewrites board_points, which holds apprentice ids', () => {
    expect(PERSONAL_TABLES).toContain('board_points');
  });
});
