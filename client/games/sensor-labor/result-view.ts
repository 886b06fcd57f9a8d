import { isMaterialId } from '../../../shared/games/sensor-labor/materials.ts';
import { MATERIAL_NAMES } from '../../../shared/games/sensor-labor/texts.ts';
import type { SensorDetail, SensorPublicRound } from '../../../shared/games/sensor-labor/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { h } from '../../kit/dom.ts';
import { drawSignal, type Trace } from './signal-plot.ts';
import { st, type SlTextKey } from './ui-texts.ts';
import { stringsOf } from './view.ts';
// Also here: the reveal may come without the scene (a reload), and the picture needs the styles.
import './sensor-labor.css';

// The picture at the reveal: level 2 runs the batch past the sensors (hits, misses, false
// triggers); level 3 shows the player's switching output against the ideal one. Play ends
// as soon as everyone answered, so this, not the play screen, is where the result is seen.

const ICON: Record<string, string> = { hit: '✓', miss: '✗', false: '⚠', pass: '→' };

/** The reveal's picture from the detail and the public round (both JSON from the server). */
export function sensorLaborResultView(detail: SensorDetail, round: SensorPublicRound, lang: Lang): HTMLElement | null {
  if (detail.level === 2 && Array.isArray(detail.outcomes) && 'parts' in round) return beltRun(detail.outcomes, stringsOf(round.parts, isMaterialId), lang);
  if (detail.level === 3 && 'samples' in round && Array.isArray(round.samples)) return outputs(detail, round, lang);
  return null;
}

function beltRun(outcomes: string[], parts: string[], lang: Lang): HTMLElement {
  const list = h('ol', { class: 'sl-belt-list sl-belt-run', 'aria-label': st(lang, 'belt', { n: parts.length }) });
  parts.forEach((m, i) => {
    const o = outcomes[i] ?? '';
    const chip = h('li', { class: 'sl-chip', 'data-outcome': o },
      h('span', { text: isMaterialId(m) ? MATERIAL_NAMES[lang][m] : m }),
      h('span', { class: 'sl-outcome', text: `${ICON[o] ?? ''} ${o in ICON ? st(lang, o as SlTextKey) : ''}` }));
    chip.style.animationDelay = `${i * 350}ms`; // the parts pass one after the other
    list.append(chip);
  });
  return list;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const fn = (v: unknown) => (v === 'nc' ? 'nc' as const : 'no' as const); // NO in rounds from before NC existed

function outputs(detail: SensorDetail & { level: 3 }, round: SensorPublicRound & { level: 3 }, lang: Lang): HTMLElement {
  const samples = round.samples.filter((v): v is number => typeof v === 'number');
  const max = typeof round.max === 'number' && round.max > 0 ? round.max : 100;
  const mine = { sp: num(detail.switchPoint), rp: num(detail.resetPoint), output: fn(detail.output) };
  const ideal = { sp: num(detail.idealSwitchPoint), rp: num(detail.idealResetPoint), output: fn(detail.idealOutput) };
  const canvas = h('canvas', { class: 'sl-signal', role: 'img', 'aria-label': st(lang, 'signalLabel') });
  const traces: Trace[] = [];
  if (mine.sp !== null && mine.rp !== null) traces.push({ switchPoint: mine.sp, resetPoint: mine.rp, output: mine.output, colour: '#8ff0a4' });
  if (ideal.sp !== null && ideal.rp !== null) traces.push({ switchPoint: ideal.sp, resetPoint: ideal.rp, output: ideal.output, colour: '#7cc4ff' });
  const setting = traces[0] ? { switchPoint: traces[0].switchPoint, resetPoint: traces[0].resetPoint } : null;
  // Drawn once the canvas is on the page and has its size.
  requestAnimationFrame(() => drawSignal(canvas, samples, max, { setting, traces }));
  return h('figure', { class: 'sl-figure' }, canvas,
    h('figcaption', {},
      h('span', { class: 'sl-key sl-key-mine', text: `▬ ${st(lang, 'yourOutput')}` }), ' ',
      h('span', { class: 'sl-key sl-key-ideal', text: `▬ ${st(lang, 'idealOutput')}` })));
}
