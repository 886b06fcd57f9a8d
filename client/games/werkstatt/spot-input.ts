import type { WerkstattPublicTask } from '../../../shared/games/werkstatt/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { button, h } from '../../kit/dom.ts';
import { wt } from './ui-texts.ts';

// Tap the spot on the phone: the photo (phone variant, a signed link from the round) in a
// scrollable frame; "Zoom" enlarges it 1× → 2× → 3× (two-finger zoom works too), a tap sets
// the marker, "Antworten" sends [x, y] relative to the photo. Nothing here knows the region.

const ZOOMS = [1, 2, 3];

/** A task's photo above the question (choice, number, order with a photo prompt). */
export function taskPhoto(task: WerkstattPublicTask, lang: Lang): HTMLElement | null {
  return task.photo?.phone ? h('img', { class: 'ws-photo', src: task.photo.phone, alt: wt(lang, 'photoAlt') }) : null;
}

/** The spot input: `read()` gives `{ tap: [x, y] }`, or null before a tap (same shape as task-input.ts's TaskInput). */
export function spotInput(task: WerkstattPublicTask, lang: Lang): { el: HTMLElement; read(): { tap: [number, number] } | null } {
  let tap: [number, number] | null = null;
  let zoom = 0;
  const img = h('img', { class: 'ws-spot-img', src: task.photo?.phone ?? '', alt: wt(lang, 'photoAlt'), draggable: 'false' });
  const marker = h('div', { class: 'ws-spot-marker', hidden: true, role: 'img', 'aria-label': wt(lang, 'tapMarked') });
  const stage = h('div', { class: 'ws-spot-stage' }, img, marker);
  const frame = h('div', { class: 'ws-spot-frame' }, stage);
  stage.addEventListener('click', (e) => {
    const b = img.getBoundingClientRect();
    if (b.width <= 0 || b.height <= 0) return;
    const x = Math.min(1, Math.max(0, (e.clientX - b.left) / b.width));
    const y = Math.min(1, Math.max(0, (e.clientY - b.top) / b.height));
    tap = [x, y];
    marker.hidden = false;
    marker.style.left = `${x * 100}%`;
    marker.style.top = `${y * 100}%`;
  });
  const zoomButton = button(wt(lang, 'zoom', { z: ZOOMS[1] as number }), () => {
    zoom = (zoom + 1) % ZOOMS.length;
    const z = ZOOMS[zoom] as number;
    stage.style.width = `${z * 100}%`;
    zoomButton.textContent = wt(lang, 'zoom', { z: ZOOMS[(zoom + 1) % ZOOMS.length] as number });
    // Keep the marked spot (or the middle) in view.
    const [x, y] = tap ?? [0.5, 0.5];
    frame.scrollTo({ left: x * stage.clientWidth - frame.clientWidth / 2, top: y * stage.clientHeight - frame.clientHeight / 2 });
  }, { class: 'btn ws-zoom', type: 'button' });
  const el = h('div', { class: 'ws-spot' }, h('p', { class: 'ws-hint', text: wt(lang, 'tapHint') }), frame, zoomButton);
  return { el, read: () => (tap ? { tap } : null) };
}
