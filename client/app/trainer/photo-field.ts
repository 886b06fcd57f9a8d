import { checkRegion, regionArea, regionTooSmall, type SpotRegion } from '../../../shared/games/werkstatt/spot.ts';
import type { SpotTask, Task } from '../../../shared/games/werkstatt/model.ts';
import { isErrorCode } from '../../../shared/protocol/errors.ts';
import type { TaskPhoto } from '../../../shared/protocol/task-photos.ts';
import { errorText } from '../../i18n/index.ts';
import { button, h, uid } from '../dom.ts';
import { pt } from './photo-texts.ts';
import { FINE_STEP, isRegionKey, regionBox, regionByKey, reshape, startRegion, STEP } from './region-keys.ts';
import './photo-field.css';

// A task's photo in the editor: upload from a file or the phone camera (the server checks
// and re-encodes it), the preview, and for "tap the spot" the region drawn on the photo with
// a warning when it is smaller than a fingertip on a small phone.

/** Sends the file as the raw body; the server decides the type by its content. */
async function upload(file: File): Promise<TaskPhoto> {
  const res = await fetch('/api/task-photos', { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/octet-stream' }, body: file });
  const body = (await res.json().catch(() => null)) as { photo?: TaskPhoto; error?: unknown } | null;
  if (res.ok && body?.photo) return body.photo;
  throw new Error(isErrorCode(body?.error) ? body.error : res.status === 413 ? 'PHOTO_TOO_LARGE' : 'SERVER_ERROR');
}

/** The trainer's view of a stored photo (the session cookie opens it). */
export const trainerPhotoUrl = (id: string): string => `/api/task-photos/${id}/projector`;

/** The photo field of task `index`: choose or take a photo, see it, remove it (not for spot tasks). */
export function photoField(task: Task, index: number, redraw: () => void): HTMLElement {
  const status = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite' });
  const id = uid('ts-photo');
  const input = (capture: boolean) => {
    const el = h('input', { type: 'file', accept: 'image/jpeg,image/png,image/webp', class: 'ts-photo-file', id: capture ? `${id}-cam` : id, ...(capture ? { capture: 'environment' } : {}) });
    el.addEventListener('change', () => {
      const file = el.files?.[0];
      if (!file) return;
      status.textContent = pt('uploading');
      upload(file).then((photo) => {
        task.photo = photo.id;
        redraw();
      }, (err: Error) => {
        status.textContent = errorText(isErrorCode(err.message) ? err.message : 'SERVER_ERROR');
        status.setAttribute('role', 'alert');
      });
    });
    return el;
  };
  const picker = h('div', { class: 'button-row ts-photo-pick' },
    h('label', { class: 'btn btn-secondary btn-small', for: id }, pt('pick')), input(false),
    h('label', { class: 'btn btn-secondary btn-small', for: `${id}-cam` }, pt('camera')), input(true),
    task.kind !== 'spot' && task.photo ? button(pt('remove'), () => { delete task.photo; redraw(); }, { class: 'btn btn-secondary btn-small' }) : null);
  const preview = task.photo
    ? (task.kind === 'spot' ? spotDrawer(task, index) : h('img', { class: 'ts-photo', src: trainerPhotoUrl(task.photo), alt: pt('alt', { n: index + 1 }) }))
    : null;
  return h('div', { class: 'field ts-photo-field' },
    h('p', { class: 'ts-photo-label', text: pt(task.kind === 'spot' ? 'photoSpot' : 'photo') }),
    h('p', { class: 'hint', text: pt('noPersons') }),
    picker, status, preview);
}

/** The region as a CSS box over the photo (percentages). */
function placeBox(box: HTMLElement, r: SpotRegion): void {
  const [left, top, width, height] = r.shape === 'rect' ? [r.x, r.y, r.w, r.h] : [r.x - r.rx, r.y - r.ry, 2 * r.rx, 2 * r.ry];
  Object.assign(box.style, { left: `${left * 100}%`, top: `${top * 100}%`, width: `${width * 100}%`, height: `${height * 100}%` });
  box.classList.toggle('is-circle', r.shape === 'circle');
}

/** The region in words (what the keyboard's status line says). */
const describe = (r: SpotRegion): string => (regionArea(r) > 0 ? pt(r.shape === 'rect' ? 'keysRect' : 'keysCircle', regionBox(r)) : pt('keysNone'));

/** The photo with the region drawn by dragging (pointer: mouse, pen or finger) or with the keys (region-keys.ts). */
function spotDrawer(task: SpotTask, index: number): HTMLElement {
  const img = h('img', { class: 'ts-photo', src: trainerPhotoUrl(task.photo), alt: pt('alt', { n: index + 1 }), draggable: 'false' });
  const box = h('div', { class: 'ts-region', 'aria-hidden': 'true' });
  const said = h('p', { class: 'hint ts-region-keys', id: uid('ts-region-said'), 'aria-live': 'polite', text: describe(task.region) });
  const stage = h('div', { class: 'ts-spot-stage', tabindex: '0', role: 'group', 'aria-label': pt('keysLabel', { n: index + 1 }), 'aria-describedby': said.id }, img, box);
  const warn = h('p', { class: 'ts-region-warn', role: 'status' });
  let shape: SpotRegion['shape'] = task.region.shape;
  const show = () => {
    placeBox(box, task.region);
    box.hidden = regionArea(task.region) <= 0;
    const aspect = img.naturalWidth > 0 ? img.naturalHeight / img.naturalWidth : 0.75;
    const checked = checkRegion(task.region);
    const drawn = regionArea(task.region) > 0;
    warn.textContent = !drawn ? '' : checked === 'region-large' ? pt('tooLarge') : regionTooSmall(task.region, aspect) ? pt('tooSmall') : '';
  };
  img.addEventListener('load', show);
  const rel = (e: PointerEvent) => {
    const b = img.getBoundingClientRect();
    return [Math.min(1, Math.max(0, (e.clientX - b.left) / b.width)), Math.min(1, Math.max(0, (e.clientY - b.top) / b.height))] as const;
  };
  let start: readonly [number, number] | null = null;
  stage.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    stage.setPointerCapture(e.pointerId);
    start = rel(e);
  });
  stage.addEventListener('pointermove', (e) => {
    if (!start) return;
    const [x, y] = rel(e);
    const [sx, sy] = start;
    if (shape === 'rect') task.region = { shape, x: Math.min(sx, x), y: Math.min(sy, y), w: Math.abs(x - sx), h: Math.abs(y - sy) };
    else {
      // A round circle on the photo: the radius in pixels, then relative to each side (kept inside the photo).
      const b = img.getBoundingClientRect();
      const r = Math.hypot((x - sx) * b.width, (y - sy) * b.height);
      const rx = Math.min(r / b.width, sx, 1 - sx);
      const ry = Math.min(r / b.height, sy, 1 - sy);
      const k = Math.min(rx * b.width, ry * b.height);
      task.region = { shape, x: sx, y: sy, rx: k / b.width, ry: k / b.height };
    }
    show();
  });
  const end = () => {
    if (start) said.textContent = describe(task.region);
    start = null;
  };
  let saved = task.region;
  stage.addEventListener('focus', () => { saved = task.region; });
  stage.addEventListener('keydown', (e) => {
    const aspect = img.naturalWidth > 0 ? img.naturalHeight / img.naturalWidth : 0.75;
    const drawn = regionArea(task.region) > 0;
    if (e.key === 'Escape' && saved !== task.region) {
      e.preventDefault();
      task.region = saved;
      show();
      said.textContent = pt('keysUndone', { where: describe(task.region) });
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (drawn) {
        saved = task.region;
        said.textContent = pt('keysConfirmed', { where: describe(task.region) });
        return;
      }
      task.region = startRegion(shape, aspect);
      show();
      said.textContent = describe(task.region);
    } else if (isRegionKey(e.key)) {
      e.preventDefault();
      const from = drawn ? reshape(task.region, shape, aspect) : startRegion(shape, aspect);
      task.region = drawn ? (regionByKey(from, e.key, e.shiftKey, aspect, e.altKey ? FINE_STEP : STEP) ?? from) : from;
      show();
      said.textContent = describe(task.region);
    }
  });
  stage.addEventListener('pointerup', end);
  stage.addEventListener('pointercancel', end);
  const name = uid('ts-shape');
  const radios = (['rect', 'circle'] as const).map((s) => {
    const r = h('input', { type: 'radio', name, value: s });
    r.checked = shape === s;
    r.addEventListener('change', () => { shape = s; });
    return h('label', { class: 'ts-right' }, r, pt(s));
  });
  const picker = h('fieldset', { class: 'ts-shape' }, h('legend', { text: pt('region') }), ...radios);
  show();
  return h('div', { class: 'ts-spot' }, picker, h('p', { class: 'hint', text: pt('regionHint') }), stage, said, warn);
}
