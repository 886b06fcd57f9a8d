import { cell, isMaterialId, SENSORS, type MaterialId, type SensorId, type Verdict } from '../../../shared/games/sensor-labor/materials.ts';
import { CONDITION_NAMES, MATERIAL_NAMES, SENSOR_NAMES } from '../../../shared/games/sensor-labor/texts.ts';
import { h, setText } from '../../kit/dom.ts';
import { dragChip } from './drag-chip.ts';
import { PartsScene } from './parts-scene.ts';
import type { Stage } from '../../kit/phaser-stage.ts';
import { sensorShort, st } from './ui-texts.ts';
import { bootScene } from './belt-art.ts';
import { stringsOf, type LevelView, type ViewCtx } from './view.ts';

// Level 1 "Welcher Sensor?": the part on the conveyor (Phaser) and the sensor chips below
// it (DOM buttons). Drag a chip onto the part, or tap it, or Tab to it and press Space:
// all three toggle that sensor for the part. "Prüfen" (Enter) sends the answer; the tags
// light up with their verdicts, and a list says per sensor what was right or wrong and
// why — this part's share only, never a running total.

type Phase = 'wait' | 'choose' | 'sent' | 'feedback' | 'done';

export function partsLevel(ctx: ViewCtx): LevelView {
  let parts: MaterialId[] = [];
  let index = 0;
  let phase: Phase = 'wait';
  const picked = new Set<SensorId>();
  let verdicts: Record<string, Verdict> | null = null;
  let credit: number | null = null;
  let scene: PartsScene | null = null;
  let stage: Stage | null = null;
  const offs: (() => void)[] = [];

  const progress = h('p', { class: 'sl-progress' });
  const name = h('h2', { class: 'sl-part-name', id: 'sl-part-name' });
  const hint = h('p', { class: 'sl-hint', id: 'sl-pick-hint' });
  const canvasHost = h('div', { class: 'sl-canvas sl-canvas-parts', role: 'img' });
  const chips = SENSORS.map((s) => {
    const b = h('button', { type: 'button', class: 'sl-toggle', 'aria-pressed': 'false', 'data-sensor': s });
    b.addEventListener('click', () => toggle(s));
    offs.push(dragChip(b, {
      label: () => sensorShort(ctx.lang(), s),
      enabled: () => phase === 'choose',
      drop: (x, y) => {
        if (!overPart(x, y)) return false;
        if (!picked.has(s)) toggle(s);
        return true;
      },
    }));
    return b;
  });
  const group = h('div', { class: 'sl-toggles', role: 'group', 'aria-labelledby': 'sl-part-name', 'aria-describedby': 'sl-pick-hint' }, ...chips);
  const feedback = h('div', { class: 'sl-feedback', 'aria-live': 'polite' });
  const action = h('button', { type: 'button', class: 'btn btn-primary btn-large sl-action' });
  action.addEventListener('click', () => {
    if (phase === 'choose') {
      phase = 'sent';
      ctx.answer({ part: index, sensors: SENSORS.filter((s) => picked.has(s)) });
      render();
    } else if (phase === 'feedback') next();
  });
  const el = h('section', { class: 'sl-view sl-parts' }, progress, name, canvasHost, hint, group, feedback, action);

  function overPart(x: number, y: number): boolean {
    const r = scene?.partRect();
    if (!r) return false;
    const box = canvasHost.getBoundingClientRect();
    return x >= box.left + r.x && x <= box.left + r.x + r.w && y >= box.top + r.y && y <= box.top + r.y + r.h;
  }

  function toggle(s: SensorId): void {
    if (phase !== 'choose') return;
    if (picked.has(s)) picked.delete(s);
    else picked.add(s);
    scene?.setTags(SENSORS.filter((x) => picked.has(x)), null);
    render();
  }

  function next(): void {
    index++;
    picked.clear();
    verdicts = null;
    credit = null;
    phase = index >= parts.length ? 'done' : 'choose';
    const part = parts[index];
    if (part) scene?.showPart(part);
    render();
    if (phase === 'choose') chips[0]?.focus();
  }

  function feedbackLines(material: MaterialId): HTMLElement[] {
    const lang = ctx.lang();
    const lines: HTMLElement[] = [];
    for (const s of SENSORS) {
      const v = verdicts?.[s];
      const chosen = picked.has(s);
      if (!v || (!chosen && v !== 'reliable')) continue;
      const key = !chosen ? 'fbMissed' : v === 'reliable' ? 'fbReliable' : v === 'limited' ? 'fbLimited' : 'fbNo';
      const condition = cell(material, s).condition;
      const text = st(lang, key, { s: SENSOR_NAMES[lang][s], cond: condition ? CONDITION_NAMES[lang][condition] : '' });
      lines.push(h('li', { 'data-verdict': chosen ? v : 'missed', text }));
    }
    return [h('p', { class: 'sl-credit', text: st(lang, 'partCredit', { pct: Math.round((credit ?? 0) * 100) }) }), h('ul', { class: 'sl-verdicts' }, ...lines)];
  }

  function render(): void {
    const lang = ctx.lang();
    const part = parts[index];
    setText(progress, parts.length ? st(lang, 'partOf', { n: Math.min(index + 1, parts.length), total: parts.length }) : '');
    setText(name, part && phase !== 'done' ? MATERIAL_NAMES[lang][part] : '');
    canvasHost.setAttribute('aria-label', part && phase !== 'done' ? st(lang, 'beltWith', { name: MATERIAL_NAMES[lang][part] }) : st(lang, 'beltEmpty'));
    setText(hint, phase === 'done' ? st(lang, 'waitResult') : st(lang, 'dragHint'));
    group.hidden = phase === 'done' || phase === 'wait';
    SENSORS.forEach((s, i) => {
      const b = chips[i] as HTMLButtonElement;
      b.setAttribute('aria-pressed', String(picked.has(s)));
      b.disabled = phase !== 'choose';
      setText(b, SENSOR_NAMES[lang][s]);
      // m6: after "Prüfen" a chip shows its verdict (✓ right, ✗ wrong, dashed: missing), not "chosen".
      const v = phase === 'feedback' ? verdicts?.[s] : undefined;
      const shown = !v ? null : picked.has(s) ? v : v === 'reliable' ? 'missed' : null;
      if (shown) b.dataset.verdict = shown;
      else delete b.dataset.verdict;
    });
    feedback.replaceChildren(...(phase === 'feedback' && part ? feedbackLines(part) : phase === 'sent' ? [h('p', { text: st(lang, 'sent') })] : []));
    action.hidden = phase === 'done' || phase === 'wait';
    action.disabled = phase === 'sent';
    setText(action, phase === 'feedback' ? st(lang, 'nextPart') : st(lang, 'check'));
  }

  render();
  return {
    el,
    async mounted() {
      stage = await bootScene(canvasHost, new PartsScene({ ready: (s) => (scene = s), tagName: (s) => sensorShort(ctx.lang(), s), motion: ctx.motion }));
      const part = parts[index];
      if (part && phase !== 'done') scene?.showPart(part);
    },
    start(pub) {
      parts = pub.level === 1 ? stringsOf(pub.parts, isMaterialId) : [];
      index = Math.min(ctx.answeredSoFar(), parts.length);
      phase = index >= parts.length ? 'done' : 'choose';
      const part = parts[index];
      if (part) scene?.showPart(part);
      render();
    },
    ack(ack) {
      if (!('part' in ack) || ack.part !== index || phase !== 'sent') return;
      if (ack.error || !('verdicts' in ack)) return next(); // already answered (e.g. from another tab): move on
      verdicts = { ...ack.verdicts };
      credit = ack.credit;
      phase = 'feedback';
      scene?.setTags(SENSORS.filter((x) => picked.has(x)), verdicts);
      render();
      action.focus();
      // m6: on a phone the verdicts and "Nächstes Teil" were below the fold.
      feedback.scrollIntoView?.({ block: 'nearest' });
      action.scrollIntoView?.({ block: 'nearest' });
    },
    relabel: render,
    destroy() {
      for (const off of offs) off();
      stage?.destroy();
      el.remove();
    },
  };
}
