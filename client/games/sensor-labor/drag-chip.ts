// Dragging a DOM chip (a sensor button) onto the game canvas. A short press without
// movement stays an ordinary click (tap and keyboard work as before); a press that moves
// more than DRAG_START_PX becomes a drag: a ghost label follows the pointer, and on release
// `drop` gets the point in viewport coordinates. The click a drag would end with is eaten.

const DRAG_START_PX = 8;

export interface ChipDrag {
  /** The label the ghost shows while dragging. */
  label(): string;
  /** Called on release after a drag; return true when the drop was taken. */
  drop(clientX: number, clientY: number): boolean;
  /** True while dragging is allowed. */
  enabled(): boolean;
}

/** Makes `chip` draggable; returns the unsubscribe. */
export function dragChip(chip: HTMLElement, d: ChipDrag): () => void {
  let start: { x: number; y: number; id: number } | null = null;
  let ghost: HTMLElement | null = null;
  let eatClick = false;

  const place = (e: PointerEvent) => {
    if (ghost) ghost.style.transform = `translate(${e.clientX}px, ${e.clientY}px) translate(-50%, -130%)`;
  };
  const down = (e: PointerEvent) => {
    if (!e.isPrimary || (e.pointerType === 'mouse' && e.button !== 0) || !d.enabled()) return;
    start = { x: e.clientX, y: e.clientY, id: e.pointerId };
  };
  const move = (e: PointerEvent) => {
    if (!start || e.pointerId !== start.id) return;
    if (!ghost && Math.hypot(e.clientX - start.x, e.clientY - start.y) > DRAG_START_PX) {
      ghost = document.createElement('div');
      ghost.className = 'sl-ghost';
      ghost.setAttribute('aria-hidden', 'true');
      ghost.textContent = d.label();
      document.body.append(ghost);
      chip.setPointerCapture?.(e.pointerId);
    }
    if (ghost) {
      e.preventDefault();
      place(e);
    }
  };
  const up = (e: PointerEvent) => {
    if (!start || e.pointerId !== start.id) return;
    start = null;
    if (!ghost) return; // a tap: the click follows
    ghost.remove();
    ghost = null;
    eatClick = true;
    setTimeout(() => (eatClick = false), 0);
    d.drop(e.clientX, e.clientY);
  };
  const cancel = () => {
    start = null;
    ghost?.remove();
    ghost = null;
  };
  const click = (e: MouseEvent) => {
    if (!eatClick) return;
    eatClick = false;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  chip.addEventListener('pointerdown', down);
  chip.addEventListener('pointermove', move);
  chip.addEventListener('pointerup', up);
  chip.addEventListener('pointercancel', cancel);
  chip.addEventListener('click', click, { capture: true });
  return () => {
    cancel();
    chip.removeEventListener('pointerdown', down);
    chip.removeEventListener('pointermove', move);
    chip.removeEventListener('pointerup', up);
    chip.removeEventListener('pointercancel', cancel);
    chip.removeEventListener('click', click, { capture: true });
  };
}
