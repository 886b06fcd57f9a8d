import { isMaterialId, SENSORS, type MaterialId, type SensorId } from '../../../shared/games/sensor-labor/materials.ts';
import { MATERIAL_NAMES, SENSOR_NAMES, VERDICT_NAMES } from '../../../shared/games/sensor-labor/texts.ts';
import { h, setText } from '../../kit/dom.ts';
import { st } from './ui-texts.ts';
import { stringsOf, type LevelView, type ViewCtx } from './view.ts';

// Level 1 "Welcher Sensor?": one part at a time on the belt; the player toggles the sensor
// types that detect it reliably and answers; the ack shows the verdict of every sensor.
// Toggle buttons (aria-pressed) work with taps, mouse, Tab + Space/Enter alike.

const MARK: Record<string, string> = { reliable: '✓', limited: '~', no: '✗' };

export function partsView(ctx: ViewCtx): LevelView {
  let parts: MaterialId[] = [];
  let index = 0;
  let phase: 'wait' | 'choose' | 'sent' | 'feedback' | 'done' = 'wait';
  const picked = new Set<SensorId>();
  let verdicts: Record<string, string> = {};
  let credit: number | null = null;

  const progress = h('p', { class: 'sl-progress' });
  const partBox = h('div', { class: 'sl-part', 'aria-hidden': 'true' });
  const name = h('h2', { class: 'sl-part-name', id: 'sl-part-name' });
  const hint = h('p', { class: 'sl-hint', id: 'sl-pick-hint' });
  const toggles = SENSORS.map((s) => {
    const b = h('button', { type: 'button', class: 'sl-toggle', 'aria-pressed': 'false', 'data-sensor': s });
    b.addEventListener('click', () => {
      if (phase !== 'choose') return;
      if (picked.has(s)) picked.delete(s);
      else picked.add(s);
      render();
    });
    return b;
  });
  const group = h('div', { class: 'sl-toggles', role: 'group', 'aria-labelledby': 'sl-part-name', 'aria-describedby': 'sl-pick-hint' }, ...toggles);
  const feedback = h('p', { class: 'sl-feedback', 'aria-live': 'polite' });
  const action = h('button', { type: 'button', class: 'btn btn-primary btn-large sl-action' });
  action.addEventListener('click', () => {
    if (phase === 'choose') {
      phase = 'sent';
      ctx.answer({ part: index, sensors: SENSORS.filter((s) => picked.has(s)) });
      render();
    } else if (phase === 'feedback') next();
  });
  const el = h('section', { class: 'sl-view sl-parts' }, progress, h('div', { class: 'sl-belt' }, partBox), name, hint, group, feedback, action);

  function next(): void {
    index++;
    picked.clear();
    verdicts = {};
    credit = null;
    phase = index >= parts.length ? 'done' : 'choose';
    render();
    if (phase === 'choose') toggles[0]?.focus();
  }

  function render(): void {
    const lang = ctx.lang();
    const part = parts[index];
    setText(progress, parts.length ? st(lang, 'partOf', { n: Math.min(index + 1, parts.length), total: parts.length }) : '');
    partBox.dataset.material = phase === 'done' ? '' : part ?? '';
    setText(name, part && phase !== 'done' ? MATERIAL_NAMES[lang][part] : '');
    setText(hint, phase === 'done' ? st(lang, 'waitResult') : st(lang, 'pickHint'));
    group.hidden = phase === 'done' || phase === 'wait';
    SENSORS.forEach((s, i) => {
      const b = toggles[i] as HTMLButtonElement;
      const v = verdicts[s];
      b.setAttribute('aria-pressed', String(picked.has(s)));
      b.disabled = phase !== 'choose';
      b.dataset.verdict = v ?? '';
      setText(b, v ? `${SENSOR_NAMES[lang][s]} ${MARK[v] ?? ''} ${VERDICT_NAMES[lang][v as 'reliable'] ?? ''}` : SENSOR_NAMES[lang][s]);
    });
    setText(feedback, phase === 'sent' ? st(lang, 'sent') : credit !== null && phase === 'feedback' ? st(lang, 'credit', { pct: Math.round(credit * 100) }) : '');
    action.hidden = phase === 'done' || phase === 'wait';
    action.disabled = phase === 'sent';
    setText(action, phase === 'feedback' ? st(lang, 'nextPart') : st(lang, 'answer'));
  }

  render();
  return {
    el,
    start(pub) {
      parts = 'parts' in pub ? stringsOf(pub.parts, isMaterialId) : [];
      index = Math.min(ctx.answeredSoFar(), parts.length);
      phase = index >= parts.length ? 'done' : 'choose';
      render();
    },
    ack(ack) {
      const part = 'part' in ack ? ack.part : 'item' in ack ? ack.item : null;
      if (part !== index || phase !== 'sent') return;
      if (ack.error || !('verdicts' in ack)) return next(); // already answered (e.g. from another tab): move on
      verdicts = { ...ack.verdicts };
      credit = ack.credit;
      phase = 'feedback';
      render();
      action.focus();
    },
    relabel: render,
    destroy() {
      el.remove();
    },
  };
}
