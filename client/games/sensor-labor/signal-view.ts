import { h, setText, uid } from '../../kit/dom.ts';
import { drawSignal } from './signal-plot.ts';
import { st } from './ui-texts.ts';
import type { LevelView, ViewCtx } from './view.ts';

// Level 3 "Schwelle & Hysterese": the noisy signal scrolls in; the player sets the switch
// point SP and the reset point rP with two range inputs (arrow keys work) and applies once.

const SCROLL_MS = 3000;

export function signalView(ctx: ViewCtx): LevelView {
  let samples: number[] = [];
  let max = 100;
  let shown = 0;
  let sent = false;
  let result: Record<string, number> | null = null;
  let raf = 0;

  const canvas = h('canvas', { class: 'sl-signal', role: 'img' });
  const slider = (min: number, maxV: number, value: number) => {
    const id = uid('sl-range');
    const input = h('input', { id, type: 'range', min, max: maxV, step: 1, value: String(value) });
    const label = h('label', { for: id });
    input.addEventListener('input', () => render());
    return { input, label, el: h('div', { class: 'sl-range' }, label, input) };
  };
  const tSlider = slider(0, 100, 50);
  const hSlider = slider(0, 100, 50);
  const onOff = h('p', { class: 'sl-hint' });
  const feedback = h('p', { class: 'sl-feedback', 'aria-live': 'polite' });
  const legend = h('p', { class: 'sl-legend' });
  const apply = h('button', { type: 'button', class: 'btn btn-primary btn-large sl-action' });
  apply.addEventListener('click', () => {
    if (sent || samples.length === 0) return;
    sent = true;
    ctx.answer(setting());
    render();
  });
  const el = h('section', { class: 'sl-view sl-signal-view' }, canvas, legend, tSlider.el, hSlider.el, onOff, feedback, apply);

  const setting = () => ({ switchPoint: Number(tSlider.input.value), resetPoint: Math.min(Number(tSlider.input.value), Number(hSlider.input.value)) });

  function render(): void {
    const lang = ctx.lang();
    const s = setting();
    canvas.setAttribute('aria-label', st(lang, 'signalLabel'));
    setText(tSlider.label, st(lang, 'threshold', { v: s.switchPoint }));
    setText(hSlider.label, st(lang, 'hysteresis', { v: s.resetPoint }));
    setText(onOff, st(lang, 'onOff', { on: s.switchPoint, off: s.resetPoint }));
    setText(legend, result ? st(lang, 'yourOutput') : '');
    tSlider.input.disabled = sent;
    hSlider.input.disabled = sent;
    apply.disabled = sent || samples.length === 0;
    setText(apply, st(lang, 'apply'));
    setText(feedback, result ? st(lang, 'countResult', result) : sent ? st(lang, 'sent') : '');
    const traces = result ? [{ ...s, colour: '#8ff0a4' }] : [];
    drawSignal(canvas, samples, max, { shown, setting: s, traces });
  }

  const scroll = (t0: number) => (now: number) => {
    shown = Math.min(1, (now - t0) / SCROLL_MS);
    render();
    if (shown < 1) raf = requestAnimationFrame(scroll(t0));
  };

  render();
  return {
    el,
    start(pub) {
      samples = 'samples' in pub ? pub.samples.filter((v): v is number => typeof v === 'number') : [];
      max = 'max' in pub && pub.max > 0 ? pub.max : 100;
      sent = ctx.answeredSoFar() > 0;
      raf = requestAnimationFrame((now) => scroll(now)(now));
    },
    ack(ack) {
      if (ack.error || !('chatter' in ack)) return;
      result = { counted: ack.counted, parts: ack.parts, missed: ack.missed, chatter: ack.chatter };
      render();
    },
    relabel: render,
    destroy() {
      cancelAnimationFrame(raf);
      el.remove();
    },
  };
}
