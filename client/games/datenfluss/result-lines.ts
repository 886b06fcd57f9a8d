import type { DatenflussDetail } from '../../../shared/games/datenfluss/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { h } from '../../kit/dom.ts';
import { dt, type DtKey } from './ui-texts.ts';

// The own result at the reveal: figures from the round's detail (the truth the public
// round did not carry); level 4 also compares the schedules (the level's debrief is the
// app's debrief card).

const TASK_KEY: Readonly<Record<string, DtKey>> = {
  set: 'taskSet', read: 'taskRead', hex: 'taskHex', temp: 'taskTemp', step: 'taskStep', overflow: 'taskOverflow',
};

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Short result lines of one round's detail. */
export function datenflussResultLines(detail: DatenflussDetail, lang: Lang): string[] {
  const lines = [dt(lang, 'resCorrect', { pct: num(detail.correctPct) }), dt(lang, 'resAnswered', { n: num(detail.answered), total: num(detail.of) })];
  switch (detail.level) {
    case 1: {
      const tasks = str(detail.wrongTasks).split(',').filter((t) => TASK_KEY[t]);
      if (tasks.length) lines.push(dt(lang, 'resWrongTasks', { list: tasks.map((t) => dt(lang, TASK_KEY[t] as DtKey)).join(', ') }));
      break;
    }
    case 2:
      if (str(detail.twoFlipAccepted)) lines.push(dt(lang, 'resTwoFlips', { list: str(detail.twoFlipAccepted) }));
      else if (str(detail.twoFlipFrames)) lines.push(dt(lang, 'resTwoFlipsNone', { list: str(detail.twoFlipFrames) }));
      break;
    case 4:
      lines.push(
        dt(lang, 'resAlarms', { ok: num(detail.alarmsOnTime), n: num(detail.alarms) }),
        dt(lang, 'resStations', { n: num(detail.stations) }),
        dt(lang, 'resBulk', { n: num(detail.bulkLate), total: num(detail.bulk), resent: num(detail.resent) }),
        dt(lang, 'resPenalty', { p: num(detail.penalty), ref: num(detail.refPenalty), rr: num(detail.rrPenalty) }),
      );
      break;
    case 5:
      lines.push(dt(lang, 'resExact', { n: num(detail.exact), total: num(detail.of) }));
      break;
    default:
  }
  return lines;
}

const SHAPES: Readonly<Record<string, string>> = { A: '▲', C: '●', B: '■', '-': '·' };

/** A schedule string (one letter per tick) as shapes, with a label. */
function scheduleRow(label: string, schedule: string): HTMLElement {
  return h('p', { class: 'df-schedule' }, h('span', { class: 'df-schedule-label', text: label }),
    h('code', { text: schedule.split('').map((c) => SHAPES[c] ?? '?').join('') }));
}

/** Level 4's own schedule beside the reference on the phone's reveal (null for other levels). */
export function datenflussResultView(detail: DatenflussDetail, _round: unknown, lang: Lang): HTMLElement | null {
  if (detail.level !== 4 || !str(detail.served) || !str(detail.reference)) return null;
  return h('div', { class: 'df-debrief' },
    scheduleRow(dt(lang, 'yourSchedule'), str(detail.served)), scheduleRow(dt(lang, 'refSchedule'), str(detail.reference)));
}
