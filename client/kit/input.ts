// Input helpers on plain DOM listeners, never Phaser's keyboard plugin (it can re-fire
// earlier keydowns when several arrive in one frame). Times are the event's timeStamp:
// measured here, it is ~1 ms from the truth, performance.now() in the handler up to 25 ms
// off. keydown and pointerdown only for presses: click and keyup come too late.

/** A touch also makes the browser fire mouse-type events; ignore them for this long. */
const TOUCH_SHADOW_MS = 800;

/** A long press on a game surface must not open a context menu. */
const onContextMenu = (e: Event) => e.preventDefault();

/** Called with the event's timeStamp (performance.now() base, ms). */
export type PressHandler = (eventTimeStampMs: number) => void;

const isSpace = (e: KeyboardEvent) => e.code === 'Space' || e.key === ' ' || e.key === 'Spacebar';
const isEnter = (e: KeyboardEvent) => e.key === 'Enter' || e.code === 'Enter' || e.code === 'NumpadEnter';

/**
 * Timing-critical presses: Space/Enter anywhere and primary pointer presses on `pad`;
 * returns the unsubscribe. `enabled` is asked at each press (no presses count before play).
 * Key repeats and the mouse events that follow a touch are ignored.
 */
export function listenForPresses(pad: HTMLElement, onPress: PressHandler, enabled: () => boolean): () => void {
  let lastTouchMs = -Infinity;

  const onKeyDown = (e: KeyboardEvent) => {
    if ((!isSpace(e) && !isEnter(e)) || e.ctrlKey || e.altKey || e.metaKey || !enabled()) return;
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

/** Key handlers by `KeyboardEvent.key` ('ArrowLeft', 'Enter', ' ', 'a' …). */
export type KeyMap = Readonly<Record<string, (e: KeyboardEvent) => void>>;

/**
 * Keyboard play: calls the handler of each pressed key (no repeats unless `repeat`), while
 * `enabled()`; modifier combinations are left to the browser. Returns the unsubscribe.
 */
export function listenForKeys(target: HTMLElement | Window, keys: KeyMap, enabled: () => boolean = () => true, repeat = false): () => void {
  const onKeyDown = (e: Event) => {
    const k = e as KeyboardEvent;
    const fn = keys[k.key];
    if (!fn || k.ctrlKey || k.altKey || k.metaKey || !enabled() || (k.repeat && !repeat)) return;
    k.preventDefault();
    fn(k);
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}

/** A pointer position in CSS pixels relative to `el`'s top-left corner, with the event time. */
export interface PointerPoint {
  x: number;
  y: number;
  timeStamp: number;
}

/** Handlers of one drag: start may return false to ignore this pointer. */
export interface DragHandlers {
  start(p: PointerPoint, e: PointerEvent): boolean | void;
  move?(p: PointerPoint, e: PointerEvent): void;
  end?(p: PointerPoint, e: PointerEvent, cancelled: boolean): void;
}

/** The event's position relative to `el` in CSS pixels. */
export function pointIn(el: Element, e: PointerEvent): PointerPoint {
  const r = el.getBoundingClientRect();
  return { x: e.clientX - r.left, y: e.clientY - r.top, timeStamp: e.timeStamp };
}

/**
 * Drags on `el` with mouse, pen or touch (one pointer at a time, captured so the drag keeps
 * going outside the element). Set `touch-action: none` on `el` so touch drags do not scroll.
 */
export function listenForDrags(el: HTMLElement, h: DragHandlers): () => void {
  let active: number | null = null;
  const down = (e: PointerEvent) => {
    if (active !== null || !e.isPrimary || (e.pointerType === 'mouse' && e.button !== 0)) return;
    if (h.start(pointIn(el, e), e) === false) return;
    active = e.pointerId;
    el.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  };
  const move = (e: PointerEvent) => {
    if (e.pointerId === active) h.move?.(pointIn(el, e), e);
  };
  const finish = (cancelled: boolean) => (e: PointerEvent) => {
    if (e.pointerId !== active) return;
    active = null;
    h.end?.(pointIn(el, e), e, cancelled);
  };
  const up = finish(false);
  const cancel = finish(true);
  el.addEventListener('pointerdown', down);
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', cancel);
  el.addEventListener('contextmenu', onContextMenu);
  return () => {
    el.removeEventListener('pointerdown', down);
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', cancel);
    el.removeEventListener('contextmenu', onContextMenu);
  };
}
