import { describe, expect, it } from 'vitest';
import { grabbedHandle, handleRange, moveHandle, START_SETTING } from './handles.ts';

// Newcomer on a phone (Sensor-Labor level 3): SP and rP started stacked at 50 % and looked
// like one handle, and dragging one pushed the other along ("dragging moved both").

describe('the switch and reset point handles', () => {
  it('start apart: SP well above rP, so they are two handles from the first look', () => {
    expect(START_SETTING.switchPoint - START_SETTING.resetPoint).toBeGreaterThanOrEqual(30);
  });

  it('a move changes only the grabbed handle; it stops at the other one instead of pushing it', () => {
    const s = { switchPoint: 70, resetPoint: 30, output: 'no' as const };
    expect(moveHandle(s, 'switchPoint', 55, 100)).toEqual({ ...s, switchPoint: 55 });
    expect(moveHandle(s, 'switchPoint', 10, 100)).toEqual({ ...s, switchPoint: 30 });
    expect(moveHandle(s, 'resetPoint', 90, 100)).toEqual({ ...s, resetPoint: 70 });
    expect(moveHandle(s, 'resetPoint', -5, 100)).toEqual({ ...s, resetPoint: 0 });
    expect(moveHandle(s, 'switchPoint', 140, 100)).toEqual({ ...s, switchPoint: 100 });
    expect(moveHandle(s, 'resetPoint', 41.6, 100)).toEqual({ ...s, resetPoint: 42 });
  });

  it('each handle\'s range ends at the other one (for the slider\'s aria-valuemin/max)', () => {
    const s = { switchPoint: 70, resetPoint: 30 };
    expect(handleRange(s, 'switchPoint', 100)).toEqual({ min: 30, max: 100 });
    expect(handleRange(s, 'resetPoint', 100)).toEqual({ min: 0, max: 70 });
  });

  it('a finger on the plot takes the nearer line; on lines that lie on each other, the way it moves decides', () => {
    const s = { switchPoint: 70, resetPoint: 30 };
    expect(grabbedHandle(s, 62, null)).toBe('switchPoint');
    expect(grabbedHandle(s, 38, null)).toBe('resetPoint');
    const same = { switchPoint: 50, resetPoint: 50 };
    expect(grabbedHandle(same, 50, null)).toBeNull();
    expect(grabbedHandle(same, 50, 'up')).toBe('switchPoint');
    expect(grabbedHandle(same, 50, 'down')).toBe('resetPoint');
  });
});
