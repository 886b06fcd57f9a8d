import type { OutputFunction, Setting } from '../../../shared/games/sensor-labor/hysteresis.ts';
import { grabbedHandle, handleRange, moveHandle, START_SETTING, type Handle } from '../../../shared/games/sensor-labor/handles.ts';
import { h, setText } from '../../kit/dom.ts';
import { SignalScene } from './signal-scene.ts';
import type { Stage } from '../../kit/phaser-stage.ts';
import { st } from './ui-texts.ts';
import { bootScene } from './belt-art.ts';
import type { LevelView, ViewCtx } from './view.ts';

// Level 3 "Schwelle & Hysterese": the task on screen, the scrolling signal (Phaser), and
// two handles at the plot's right edge, each named in words: "Schaltpunkt" (SP, orange,
// solid, above its line, pointing down at it) and "Rückschaltpunkt" (rP, blue, dashed,
// below its line, pointing up). Drag a handle, or a line anywhere on the plot (the nearer
// one); with the keyboard, a handle is a slider (arrows ±1 %, Page Up/Down ±5 %,
// Home/End). Only the grabbed handle moves: pushed against the other, it stops there
// (handles.ts). Above the plot the round names its sensor (a part raises or lowers the
// signal); below it two buttons choose the output function, Schließer (NO) or Öffner (NC).
// "Einstellung übernehmen" sends the setting once; it stays in view on a small phone.
// Start: SP 75 %, rP 25 %, NO (START_SETTING: apart, and worth nothing as it is).

type Which = Handle;
const GRAB_PX = 24;

export function signalLevel(ctx: ViewCtx): LevelView {
  let setting: Required<Setting> = { ...START_SETTING };
  let falling = false;
  let max = 100;
  let sent = false;
  let counted = 0;
  let scene: SignalScene | null = null;
  let stage: Stage | null = null;
  let dragging: Which | null = null;
  let grabOffsetPx = 0; // line y − pointer y at the grab: the line keeps its distance to the finger
  // A finger on the plot where SP and rP lie on each other: which one it takes, its first move decides.
  let pendingY: number | null = null;

  const task = h('p', { class: 'sl-task', id: 'sl-signal-task' });
  const sensor = h('p', { class: 'sl-sensor' });
  const canvasHost = h('div', { class: 'sl-canvas sl-canvas-signal', role: 'img' });
  const gripWord: Record<Which, HTMLElement> = { switchPoint: h('span', { class: 'sl-grip-word' }), resetPoint: h('span', { class: 'sl-grip-word' }) };
  const gripValue: Record<Which, HTMLElement> = { switchPoint: h('span', { class: 'sl-grip-value' }), resetPoint: h('span', { class: 'sl-grip-value' }) };
  const grip = (which: Which) => {
    const el = h('div', { class: `sl-grip sl-grip-${which === 'switchPoint' ? 'sp' : 'rp'}`, role: 'slider', tabindex: '0', 'aria-describedby': 'sl-signal-task' }, gripWord[which], gripValue[which]);
    el.addEventListener('keydown', (e) => {
      const step: Record<string, number> = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1, PageUp: 5, PageDown: -5 };
      const v = setting[which];
      // Home/End go as far as this handle may: the other handle is a stop, not a push.
      const range = handleRange(setting, which, max);
      const next = e.key === 'Home' ? range.min : e.key === 'End' ? range.max : e.key in step ? v + (step[e.key] as number) : null;
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

  // Grabbing a line anywhere on the plot: the nearer one within GRAB_PX, and only that one.
  const localY = (e: PointerEvent) => e.clientY - canvasHost.getBoundingClientRect().top;
  const take = (which: Which, y: number) => {
    dragging = which;
    grabOffsetPx = (scene as SignalScene).yOf(setting[which]) - y;
  };
  canvasHost.addEventListener('pointerdown', (e) => {
    if (sent || !scene) return;
    const y = localY(e);
    const d = (w: Which) => Math.abs((scene as SignalScene).yOf(setting[w]) - y);
    if (Math.min(d('switchPoint'), d('resetPoint')) > GRAB_PX) return;
    const which = grabbedHandle(setting, scene.valueAt(y), null);
    if (which) take(which, y);
    else pendingY = y;
    canvasHost.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  });
  canvasHost.addEventListener('pointermove', (e) => {
    if (pendingY !== null && scene && localY(e) !== pendingY) {
      // On lines that lie on each other: moving up takes SP, moving down rP.
      take(grabbedHandle(setting, setting.switchPoint, localY(e) < pendingY ? 'up' : 'down') as Which, pendingY);
      pendingY = null;
    }
    drag(e);
  });
  const release = () => {
    dragging = null;
    pendingY = null;
  };
  canvasHost.addEventListener('pointerup', release);
  canvasHost.addEventListener('pointercancel', release);

  function drag(e: PointerEvent): void {
    if (!dragging || !scene || sent) return;
    set(dragging, scene.valueAt(localY(e) + grabOffsetPx));
  }

  /** Moves one handle; the other keeps its value (handles.ts). */
  function set(which: Which, raw: number): void {
    setting = moveHandle(setting, which, raw, max);
    scene?.setSetting(setting);
    render();
  }

  function placeGrips(): void {
    if (!scene) return;
    for (const w of ['switchPoint', 'resetPoint'] as const) grips[w].style.top = `${scene.yOf(setting[w])}px`;
    // The plot ends where the handles begin, so they never cover the signal.
    scene.setGutter(Math.max(grips.switchPoint.offsetWidth, grips.resetPoint.offsetWidth) + 6);
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
    setText(gripWord.switchPoint, st(lang, 'spWord'));
    setText(gripWord.resetPoint, st(lang, 'rpWord'));
    setText(gripValue.switchPoint, `SP ${sp} %`);
    setText(gripValue.resetPoint, `rP ${rp} %`);
    for (const [w, v, key] of [['switchPoint', sp, 'spName'], ['resetPoint', rp, 'rpName']] as const) {
      const range = handleRange(setting, w, max);
      grips[w].setAttribute('aria-valuemin', String(range.min));
      grips[w].setAttribute('aria-valuemax', String(range.max));
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
      scene?.setSetting(setting);
      placeGrips();
    },
    start(pub) {
      const samples = pub.level === 3 && Array.isArray(pub.samples) ? pub.samples.filter((v): v is number => typeof v === 'number') : [];
      max = pub.level === 3 && typeof pub.max === 'number' && pub.max > 0 ? pub.max : 100;
      falling = pub.level === 3 && pub.falling === true;
      sent = ctx.answeredSoFar() > 0;
      scene?.setSignal(samples, max);
      scene?.setSetting(setting);
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
