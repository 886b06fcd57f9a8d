import { isMaterialId, SENSORS, type MaterialId, type SensorId } from '../../../shared/games/sensor-labor/materials.ts';
import { MAX_SENSORS, outcomeOf, SETTING_CHOICES, SETTING_KIND, TASKS, type PartOutcome, type Placement, type TaskId } from '../../../shared/games/sensor-labor/sorting.ts';
import { MATERIAL_NAMES, SENSOR_NAMES, settingName, TASK_TEXTS } from '../../../shared/games/sensor-labor/texts.ts';
import { h, setText } from '../../kit/dom.ts';
import { dragChip } from './drag-chip.ts';
import { SortingScene } from './sorting-scene.ts';
import type { Stage } from '../../kit/phaser-stage.ts';
import { sensorShort, st } from './ui-texts.ts';
import { bootScene } from './belt-art.ts';
import { stringsOf, type LevelView, type ViewCtx } from './view.ts';

// Level 2 "Sortieren": the task, the belt (Phaser) and the sensor chips (DOM). A chip
// dragged onto a mounting place is mounted there; tapped (or Enter), it goes to the first
// free place. Each mounted sensor has a button that switches its setting (mounting distance
// or sensitivity) and one that removes it. "Band starten" locks the setup and runs the
// batch: outcomes come from the shared rules (the judge's own), shown part by part; the
// answer goes to the server when the run is over, so the run is seen before the reveal.

const ICON: Record<string, string> = { hit: '✓', miss: '✗', false: '⚠', pass: '→' };

export function sortingLevel(ctx: ViewCtx): LevelView {
  let parts: MaterialId[] = [];
  let task: TaskId | null = null;
  const slots: (Placement | null)[] = [null, null];
  let phase: 'wait' | 'setup' | 'running' | 'sent' = 'wait';
  let tally: Record<PartOutcome, number> | null = null;
  let scene: SortingScene | null = null;
  let stage: Stage | null = null;
  const offs: (() => void)[] = [];

  const taskLine = h('p', { class: 'sl-task', id: 'sl-task' });
  const hint = h('p', { class: 'sl-hint', id: 'sl-sort-hint' });
  const canvasHost = h('div', { class: 'sl-canvas sl-canvas-belt', role: 'img' });
  const counts = h('p', { class: 'sl-feedback', 'aria-live': 'polite' });
  const chips = SENSORS.map((s) => {
    const b = h('button', { type: 'button', class: 'sl-toggle sl-chip-sensor', 'data-sensor': s });
    b.addEventListener('click', () => mount(s, slots.findIndex((p) => p === null)));
    offs.push(dragChip(b, {
      label: () => sensorShort(ctx.lang(), s),
      enabled: () => phase === 'setup',
      drop: (x, y) => {
        const box = canvasHost.getBoundingClientRect();
        const slot = scene?.slotAt(x - box.left, y - box.top) ?? null;
        if (slot === null) return false;
        mount(s, slot);
        return true;
      },
    }));
    return b;
  });
  const palette = h('div', { class: 'sl-toggles', role: 'group', 'aria-labelledby': 'sl-task', 'aria-describedby': 'sl-sort-hint' }, ...chips);
  const panels = [0, 1].map((i) => {
    const title = h('span', { class: 'sl-slot-title' });
    const setting = h('button', { type: 'button', class: 'btn sl-setting', 'data-slot': String(i) });
    const remove = h('button', { type: 'button', class: 'btn sl-remove', 'data-slot': String(i) });
    setting.addEventListener('click', () => {
      const p = slots[i];
      if (!p || phase !== 'setup') return;
      const [a, b] = SETTING_CHOICES[SETTING_KIND[p.sensor]];
      slots[i] = { sensor: p.sensor, setting: p.setting === a ? b : a };
      changed();
    });
    remove.addEventListener('click', () => {
      if (phase !== 'setup') return;
      slots[i] = null;
      changed();
      chips[0]?.focus();
    });
    return { title, setting, remove, el: h('div', { class: 'sl-slot' }, title, setting, remove) };
  });
  const run = h('button', { type: 'button', class: 'btn btn-primary btn-large sl-action' });
  run.addEventListener('click', () => {
    if (phase !== 'setup' || !task) return;
    phase = 'running';
    const placements = slots.filter((p): p is Placement => p !== null);
    scene?.run(parts, parts.map((m) => outcomeOf(task as TaskId, m, placements)));
    render();
    taskLine.scrollIntoView({ block: 'start', behavior: ctx.motion(1) ? 'smooth' : 'auto' });
  });
  const el = h('section', { class: 'sl-view sl-sorting' }, taskLine, canvasHost, counts, hint, palette, ...panels.map((p) => p.el), run);

  function mount(s: SensorId, slot: number): void {
    if (phase !== 'setup' || slot < 0 || slot >= MAX_SENSORS) return;
    slots[slot] = { sensor: s, setting: SETTING_CHOICES[SETTING_KIND[s]][0] };
    changed();
    panels[slot]?.setting.focus();
  }

  function changed(): void {
    scene?.setPlacements([...slots]);
    render();
  }

  function ran(): void {
    if (phase !== 'running') return;
    phase = 'sent';
    // Distinct placements only (two equal sensors would be refused and add nothing).
    const placements = slots.filter((p): p is Placement => p !== null).filter((p, i, all) => all.findIndex((q) => q.sensor === p.sensor && q.setting === p.setting) === i);
    ctx.answer({ placements });
    render();
  }

  function render(): void {
    const lang = ctx.lang();
    setText(taskLine, task ? TASK_TEXTS[lang][task] : '');
    setText(hint, st(lang, 'sortHint'));
    canvasHost.setAttribute('aria-label', st(lang, 'belt', { n: parts.length }) + ': ' + parts.map((m) => MATERIAL_NAMES[lang][m]).join(', '));
    SENSORS.forEach((s, i) => {
      const b = chips[i] as HTMLButtonElement;
      setText(b, SENSOR_NAMES[lang][s]);
      b.disabled = phase !== 'setup' || slots.every((p) => p !== null);
    });
    panels.forEach((p, i) => {
      const placed = slots[i];
      setText(p.title, placed ? st(lang, 'slotWith', { n: i + 1, s: SENSOR_NAMES[lang][placed.sensor] }) : st(lang, 'slotEmpty', { n: i + 1 }));
      p.setting.hidden = p.remove.hidden = !placed;
      p.setting.disabled = p.remove.disabled = phase !== 'setup';
      setText(p.setting, placed ? settingName(placed.sensor, placed.setting, lang) : '');
      p.setting.setAttribute('aria-label', placed ? st(lang, 'settingOf', { n: i + 1, v: settingName(placed.sensor, placed.setting, lang) }) : '');
      setText(p.remove, st(lang, 'remove'));
      p.remove.setAttribute('aria-label', st(lang, 'removeOf', { n: i + 1 }));
    });
    palette.hidden = hint.hidden = phase !== 'setup' && phase !== 'wait';
    run.disabled = phase !== 'setup' || !task;
    setText(run, st(lang, 'runBelt'));
    setText(counts, tally ? st(lang, 'sortSummary', { hits: tally.hit, misses: tally.miss, falseTriggers: tally.false }) : phase === 'sent' ? st(lang, 'sent') : '');
  }

  render();
  return {
    el,
    async mounted() {
      stage = await bootScene(canvasHost, new SortingScene({
        ready: (s) => (scene = s),
        motion: ctx.motion,
        word: (key, n) => (key === 'slot' ? st(ctx.lang(), 'slotShort', { n: n ?? 1 }) : key in ICON ? `${ICON[key]} ${st(ctx.lang(), key)}` : st(ctx.lang(), key)),
        sensorName: (p) => sensorShort(ctx.lang(), p.sensor),
        tallied: (t) => {
          tally = t;
          render();
        },
        ran,
      }));
      scene?.setTask(task === 'count-all');
    },
    start(pub) {
      parts = pub.level === 2 ? stringsOf(pub.parts, isMaterialId) : [];
      task = pub.level === 2 && (TASKS as readonly unknown[]).includes(pub.task) ? pub.task : null;
      phase = ctx.answeredSoFar() > 0 ? 'sent' : 'setup';
      scene?.setTask(task === 'count-all');
      render();
    },
    ack() {
      // The run was shown before the answer went out; the reveal shows the server's verdict.
    },
    relabel: render,
    destroy() {
      for (const off of offs) off();
      stage?.destroy();
      el.remove();
    },
  };
}
