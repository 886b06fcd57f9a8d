import { isMaterialId, SENSORS, type MaterialId } from '../../../shared/games/sensor-labor/materials.ts';
import { SETTING_CHOICES, SETTING_KIND, TASKS, type Placement, type TaskId } from '../../../shared/games/sensor-labor/sorting.ts';
import { MATERIAL_NAMES, SENSOR_NAMES, SETTING_NAMES, TASK_TEXTS } from '../../../shared/games/sensor-labor/texts.ts';
import { h, setText } from '../../kit/dom.ts';
import { st, type SlTextKey } from './ui-texts.ts';
import { stringsOf, type LevelView, type ViewCtx } from './view.ts';

// Level 2 "Sortieren": the task and the batch on the belt; the player mounts one or two
// sensors (type and distance, plain selects) and runs the belt. The server's ack holds the
// outcome per part, which the belt then plays part by part.

const STEP_MS = 450;
const ICON: Record<string, string> = { hit: '✓', miss: '✗', false: '⚠', pass: '→' };

export function sortingView(ctx: ViewCtx): LevelView {
  let parts: MaterialId[] = [];
  let task: TaskId | null = null;
  let outcomes: string[] = [];
  let shown = 0;
  let summary: Record<string, number> | null = null;
  let sent = false;
  const timers: ReturnType<typeof setTimeout>[] = [];

  const taskLine = h('p', { class: 'sl-task' });
  const belt = h('ol', { class: 'sl-belt-list' });
  const slots = [1, 2].map((n) => {
    const sensorLabel = h('label', {});
    const sensor = h('select', { class: 'sl-select' });
    const mountLabel = h('label', {});
    const mount = h('select', { class: 'sl-select' });
    const sid = `sl-slot-${n}`;
    sensor.id = sid;
    mount.id = `${sid}-mount`;
    sensorLabel.htmlFor = sensor.id;
    mountLabel.htmlFor = mount.id;
    sensor.addEventListener('change', () => {
      fillSelects();
      render();
    });
    return { n, sensor, mount, sensorLabel, mountLabel, el: h('div', { class: 'sl-slot' }, sensorLabel, sensor, mountLabel, mount) };
  });
  const feedback = h('p', { class: 'sl-feedback', 'aria-live': 'polite' });
  const run = h('button', { type: 'button', class: 'btn btn-primary btn-large sl-action' });
  run.addEventListener('click', () => {
    if (sent || !task) return;
    const placements = slots
      .filter((s) => s.sensor.value !== '')
      .map((s) => ({ sensor: s.sensor.value, setting: s.mount.value }) as Placement) // option values come from SENSORS and SETTING_CHOICES
      .filter((p, i, all) => all.findIndex((q) => q.sensor === p.sensor && q.setting === p.setting) === i);
    sent = true;
    ctx.answer({ placements });
    render();
  });
  const el = h('section', { class: 'sl-view sl-sorting' }, taskLine, belt, ...slots.map((s) => s.el), feedback, run);

  function fillSelects(): void {
    const lang = ctx.lang();
    for (const s of slots) {
      const keep = [s.sensor.value, s.mount.value];
      const sensorOptions: [string, string][] = SENSORS.map((id) => [id, SENSOR_NAMES[lang][id]]);
      if (s.n === 2) sensorOptions.unshift(['', st(lang, 'none')]);
      s.sensor.replaceChildren(...sensorOptions.map(([v, label]) => h('option', { value: v, text: label })));
      if (keep[0] || s.n === 2) s.sensor.value = keep[0] ?? '';
      const kind = SETTING_KIND[(s.sensor.value || 'inductive') as keyof typeof SETTING_KIND];
      s.mount.replaceChildren(...SETTING_CHOICES[kind].map((m) => h('option', { value: m, text: SETTING_NAMES[lang][m] })));
      if (keep[1] && (SETTING_CHOICES[kind] as readonly string[]).includes(keep[1])) s.mount.value = keep[1];
      setText(s.sensorLabel, st(lang, 'slot', { n: s.n }));
      setText(s.mountLabel, st(lang, 'mount', { n: s.n }));
    }
  }

  function render(): void {
    const lang = ctx.lang();
    setText(taskLine, task ? TASK_TEXTS[lang][task] : '');
    belt.setAttribute('aria-label', st(lang, 'belt', { n: parts.length }));
    belt.replaceChildren(...parts.map((m, i) => {
      const o = i < shown ? outcomes[i] : undefined;
      return h('li', { class: 'sl-chip', 'data-material': m, 'data-outcome': o ?? '' },
        h('span', { text: MATERIAL_NAMES[lang][m] }),
        o ? h('span', { class: 'sl-outcome', text: `${ICON[o] ?? ''} ${st(lang, o as SlTextKey)}` }) : null);
    }));
    for (const s of slots) {
      s.sensor.disabled = sent;
      s.mount.disabled = sent || s.sensor.value === ''; // no second sensor, nothing to mount
    }
    run.disabled = sent || !task;
    setText(run, st(lang, 'runBelt'));
    setText(feedback, summary && shown >= parts.length ? st(lang, 'sortSummary', summary) : sent && !summary ? st(lang, 'sent') : '');
  }

  fillSelects();
  render();
  return {
    el,
    start(pub) {
      parts = 'parts' in pub ? stringsOf(pub.parts, isMaterialId) : [];
      task = 'task' in pub && (TASKS as readonly unknown[]).includes(pub.task) ? (pub.task as TaskId) : null;
      sent = ctx.answeredSoFar() > 0;
      render();
    },
    ack(ack) {
      if (ack.error || !('outcomes' in ack)) return;
      outcomes = [...ack.outcomes];
      summary = { hits: ack.hits, misses: ack.misses, falseTriggers: ack.falseTriggers };
      // The belt runs: one part after the other passes the sensors.
      parts.forEach((_, i) => timers.push(setTimeout(() => {
        shown = i + 1;
        render();
      }, (i + 1) * STEP_MS)));
      render();
    },
    relabel() {
      fillSelects();
      render();
    },
    destroy() {
      for (const t of timers) clearTimeout(t);
      el.remove();
    },
  };
}
