import type { OutputFunction, Setting } from '../../../shared/games/sensor-labor/hysteresis.ts';
import { h, setText } from '../../kit/dom.ts';
import { SignalScene } from './signal-scene.ts';
import type { Stage } from '../../kit/phaser-stage.ts';
import { st } from './ui-texts.ts';
import { bootScene } from './belt-art.ts';
import type { LevelView, ViewCtx } from './view.ts';

// Level 3 "Schwelle & Hysterese": the task on screen, the scrolling signal (Phaser), and
// two grips at the plot's right edge for the switch point SP and the reset point rP. Drag a
// grip, or the line itself anywhere on the plot; with the keyboard, a grip is a slider
// (arrows ±1 %, Page Up/Down ±5 %, Home/End). SP never goes below rP: pushing one moves the
// other along. Above the plot the round names its sensor (a part raises or lowers the
// signal); below it two buttons choose the output function, Schließer (NO) or Öffner (NC).
// "Übernehmen" sends the setting once. Start: SP = rP = 50 % (no hysteresis), NO (as
// shipped).

type Which = 'switchPoint' | 'resetPoint';
const START: Required<Setting> = { switchPoint: 50, resetPoint: 50, output: 'no' };
const GRAB_PX = 24;

export function signalLevel(ctx: ViewCtx): LevelView {
  let setting: Required<Setting> = { ...START };
  let falling = false;
  let max = 100;
  let sent = false;
  let counted = 0;
  let scene: SignalScene | null = null;
  let stage: Stage | null = null;
  let dragging: Which | null = null;
  let grabOffsetPx = 0; // line y − pointer y at the grab: the line keeps its distance to the finger

  const task = h('p', { class: 'sl-task', id: 'sl-signal-task' });
  const sensor = h('p', { class: 'sl-sensor' });
  const canvasHost = h('div', { class: 'sl-canvas sl-canvas-signal', role: 'img' });
  const grip = (which: Which) => {
    const el = h('div', { class: `sl-grip sl-grip-${which === 'switchPoint' ? 'sp' : 'rp'}`, role: 'slider', tabindex: '0', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-describedby': 'sl-signal-task' });
    el.addEventListener('keydown', (e) => {
      const step: Record<string, number> = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1, PageUp: 5, PageDown: -5 };
      const v = setting[which];
      const next = e.key === 'Home' ? 0 : e.key === 'End' ? max : e.key in step ? v + (step[e.key] as number) : null;
      if (next === null || sent) return;
      e.preventDefault();
      set(which, next);
    });
    el.addEventListener('pointerdown', (e) => {
      if (sent || !scene) return;
      dragging = which;
      grabOffsetPx = scene.yOf(setting[which]) - (e.clientY - canvasHost.getBoundingClientRect().top);
      el.setPointerCapture?.(e.pointerId);
      e.preventDefault();
    });
    el.addEventListener('pointermove', (e) => drag(e));
    el.addEventListener('pointerup', () => (dragging = null));
    el.addEventListener('pointercancel', () => (dragging = null));
    return el;
  };
  const grips: Record<Which, HTMLElement> = { switchPoint: grip('switchPoint'), resetPoint: grip('resetPoint') };
  const plotWrap = h('div', { class: 'sl-plot' }, canvasHost, grips.switchPoint, grips.resetPoint);
  const fnButton = (output: OutputFunction) => {
    const b = h('button', { type: 'button', class: 'sl-toggle sl-fn', 'data-output': output });
    b.addEventListener('click', () => {
      if (sent) return;
      setting = { ...setting, output };
      scene?.setSetting(setting);
      render();
    });
    return b;
  };
  const fnButtons: Record<OutputFunction, HTMLElement> = { no: fnButton('no'), nc: fnButton('nc') };
  const fnLabel = h('span', { class: 'sl-fn-label', id: 'sl-fn-label' });
  const fnHint = h('span', { class: 'sl-fn-hint' });
  // One row on a wide screen (label, the two buttons, what the chosen one does); wraps on a phone.
  const fnGroup = h('div', { class: 'sl-fn-group', role: 'group', 'aria-labelledby': 'sl-fn-label' }, fnLabel, h('div', { class: 'sl-fn-toggles' }, fnButtons.no, fnButtons.nc), fnHint);
  const values = h('p', { class: 'sl-values', 'aria-live': 'polite' });
  const count = h('p', { class: 'sl-count' });
  const apply = h('button', { type: 'button', class: 'btn btn-primary btn-large sl-action' });
  apply.addEventListener('click', () => {
    if (sent) return;
    sent = true;
    ctx.answer({ ...setting });
    render();
  });
  const el = h('section', { class: 'sl-view sl-signal-view' }, task, sensor, plotWrap, fnGroup, values, count, apply);

  // Grabbing a line anywhere on the plot: the nearer one within GRAB_PX.
  canvasHost.addEventListener('pointerdown', (e) => {
    if (sent || !scene) return;
    const y = e.clientY - canvasHost.getBoundingClientRect().top;
    const d = (w: Which) => Math.abs((scene as SignalScene).yOf(setting[w]) - y);
    const which: Which = d('switchPoint') <= d('resetPoint') ? 'switchPoint' : 'resetPoint';
    if (d(which) > GRAB_PX) return;
    dragging = which;
    grabOffsetPx = (scene as SignalScene).yOf(setting[which]) - y;
    canvasHost.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  });
  canvasHost.addEventListener('pointermove', (e) => drag(e));
  canvasHost.addEventListener('pointerup', () => (dragging = null));

  function drag(e: PointerEvent): void {
    if (!dragging || !scene || sent) return;
    set(dragging, Math.round(scene.valueAt(e.clientY - canvasHost.getBoundingClientRect().top + grabOffsetPx)));
  }

  function set(which: Which, raw: number): void {
    const v = Math.max(0, Math.min(max, Math.round(raw)));
    if (which === 'switchPoint') setting = { ...setting, switchPoint: v, resetPoint: Math.min(v, setting.resetPoint) };
    else setting = { ...setting, resetPoint: v, switchPoint: Math.max(v, setting.switchPoint) };
    scene?.setSetting(setting);
    render();
  }

  function placeGrips(): void {
    if (!scene) return;
    for (const w of ['switchPoint', 'resetPoint'] as const) grips[w].style.top = `${scene.yOf(setting[w])}px`;
  }

  function render(): void {
    const lang = ctx.lang();
    const { switchPoint: sp, resetPoint: rp } = setting;
    setText(task, st(lang, 'signalTask'));
    setText(sensor, st(lang, falling ? 'sensorFalling' : 'sensorRising'));
    setText(fnLabel, st(lang, 'outputFunction'));
    for (const o of ['no', 'nc'] as const) {
      setText(fnButtons[o], st(lang, o === 'no' ? 'outputNo' : 'outputNc'));
      fnButtons[o].setAttribute('aria-pressed', String(setting.output === o));
      (fnButtons[o] as HTMLButtonElement).disabled = sent;
    }
    setText(fnHint, st(lang, setting.output === 'no' ? 'outputNoHint' : 'outputNcHint'));
    canvasHost.setAttribute('aria-label', st(lang, 'signalLabel'));
    setText(grips.switchPoint, `SP ${sp} %`);
    setText(grips.resetPoint, `rP ${rp} %`);
    for (const [w, v, key] of [['switchPoint', sp, 'spName'], ['resetPoint', rp, 'rpName']] as const) {
      grips[w].setAttribute('aria-valuenow', String(v));
      grips[w].setAttribute('aria-valuetext', `${v} %`);
      grips[w].setAttribute('aria-label', st(lang, key));
      grips[w].setAttribute('aria-disabled', String(sent));
    }
    setText(values, st(lang, 'spRp', { sp, rp, h: sp - rp }));
    setText(count, sent ? st(lang, 'sent') : st(lang, 'countedLive', { n: counted }));
    apply.disabled = sent;
    setText(apply, st(lang, 'apply'));
    placeGrips();
  }

  render();
  return {
    el,
    async mounted() {
      stage = await bootScene(canvasHost, new SignalScene({
        ready: (s) => (scene = s),
        motion: ctx.motion,
        word: (key) => st(ctx.lang(), key),
        counted: (n) => {
          counted = n;
          if (!sent) setText(count, st(ctx.lang(), 'countedLive', { n }));
        },
        laidOut: placeGrips,
      }));
      placeGrips();
    },
    start(pub) {
      const samples = pub.level === 3 && Array.isArray(pub.samples) ? pub.samples.filter((v): v is number => typeof v === 'number') : [];
      max = pub.level === 3 && typeof pub.max === 'number' && pub.max > 0 ? pub.max : 100;
      falling = pub.level === 3 && pub.falling === true;
      sent = ctx.answeredSoFar() > 0;
      scene?.setSignal(samples, max);
      render();
    },
    ack() {
      // The reveal shows the count against the parts and the ideal setting.
    },
    relabel() {
      scene?.relabel();
      render();
    },
    destroy() {
      stage?.destroy();
      el.remove();
    },
  };
}
