import { afterEach, describe, expect, it, vi } from 'vitest';

// Issue 9 item 9: a phone that slept must not schedule a stimulus from the old clock offset.

/** A page whose visibility the test switches. */
function fakeDocument() {
  const target = new EventTarget();
  const doc = Object.assign(target, { visibilityState: 'visible' as 'visible' | 'hidden' });
  vi.stubGlobal('document', doc);
  return {
    set(state: 'visible' | 'hidden') {
      doc.visibilityState = state;
      target.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('ClockSync and page visibility', () => {
  it('is stale from hiding until an exchange after the page is visible again, and re-syncs at once', async () => {
    const page = fakeDocument();
    const { ClockSync } = await import('./clock-sync.ts');
    const sent: { c: number }[] = [];
    const clock = new ClockSync((_type, payload) => sent.push(payload as { c: number }));
    const reply = () => clock.handleReply({ c: sent.at(-1)!.c, s: sent.at(-1)!.c + 5000 });
    clock.burst();
    reply();
    expect(clock.fresh()).toBe(true);
    expect(Math.round(clock.offsetMs())).toBeGreaterThan(4900);

    page.set('hidden');
    expect(clock.fresh()).toBe(false);
    const before = sent.length;
    page.set('visible');
    expect(sent.length).toBe(before + 1); // a new burst started at once
    expect(clock.fresh()).toBe(false);
    reply();
    expect(clock.fresh()).toBe(true);
    clock.dispose();
  });
});
