// Presses for Reaktion from plain DOM listeners, never Phaser's keyboard plugin (it can
// re-fire earlier keydowns when several arrive in one frame). The press time is the event's
// timeStamp: measured here, it is ~1 ms from the truth, performance.now() in the handler
// up to 25 ms off. keydown and pointerdown only: click and keyup come too late.

/** A touch also makes the browser fire mouse-type events; ignore them for this long. */
const TOUCH_SHADOW_MS = 800;

/** A long press on the pad must not open a context menu. */
const onContextMenu = (e: Event) => e.preventDefault();

export type PressHandler = (eventTimeStampMs: number) => void;

/**
 * Listens for Space/Enter anywhere and pointer presses on `pad`; returns the unsubscribe.
 * `enabled` is asked at each press (no presses count before the round's play starts).
 */
export function listenForPresses(pad: HTMLElement, onPress: PressHandler, enabled: () => boolean): () => void {
  let lastTouchMs = -Infinity;

  const onKeyDown = (e: KeyboardEvent) => {
    const isSpace = e.code === 'Space' || e.key === ' ' || e.key === 'Spacebar';
    const isEnter = e.key === 'Enter' || e.code === 'Enter' || e.code === 'NumpadEnter';
    if ((!isSpace && !isEnter) || e.ctrlKey || e.altKey || e.metaKey || !enabled()) return;
    // During play, keep Space from scrolling and Enter from pressing a focused button.
    e.preventDefault();
    if (e.repeat) return;
    onPress(e.timeStamp);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (!e.isPrimary) return;
    if (e.pointerType === 'mouse') {
      if (e.button !== 0 || e.timeStamp - lastTouchMs < TOUCH_SHADOW_MS) return;
    } else if (e.pointerType === 'touch') {
      lastTouchMs = e.timeStamp;
    }
    if (!enabled()) return;
    // No text selection, no emulated mouse events, no double-tap zoom.
    e.preventDefault();
    onPress(e.timeStamp);
  };

  window.addEventListener('keydown', onKeyDown, { capture: true });
  pad.addEventListener('pointerdown', onPointerDown);
  pad.addEventListener('contextmenu', onContextMenu);
  return () => {
    window.removeEventListener('keydown', onKeyDown, { capture: true });
    pad.removeEventListener('pointerdown', onPointerDown);
    pad.removeEventListener('contextmenu', onContextMenu);
  };
}
