import type { Lang } from '../../protocol/errors.ts';
import type { GameFigures, RoundFigures } from '../types.ts';
import type { TaskKind } from './model.ts';
import { score, type WerkstattPlayer, type WerkstattRound } from './rules.ts';

// Werkstatt's figures for the trainer's reports: % right (from score()) and each task's
// result — its credit 0..1 (a wrong answer's negative credit shows as 0) under the task's
// own prompt — and the wrong or missing answers counted by kind of task ("wrong:number",
// "open:choice": skipped or out of time).

const PROMPT_CHARS = 80;
// Typed by TaskKind: a new kind of task does not compile without its name here.
const KIND: Readonly<Record<Lang, Record<TaskKind, string>>> = {
  de: { choice: 'Auswahlaufgabe', number: 'Zahlenaufgabe', order: 'Reihenfolge', spot: 'Stelle auf dem Foto' },
  en: { choice: 'Choice task', number: 'Number task', order: 'Order task', spot: 'Tap-the-spot task' },
};
const HOW: Readonly<Record<Lang, Record<string, string>>> = {
  de: { wrong: 'falsch', open: 'übersprungen oder zu spät' },
  en: { wrong: 'wrong', open: 'skipped or too late' },
};

/** % right, one part per task ("t1"…, labelled with its prompt), mistakes by task kind. */
export function werkstattFigures(round: WerkstattRound, player: WerkstattPlayer): RoundFigures {
  const { detail } = score(round, player);
  const mistakes = new Map<string, number>();
  const parts = round.tasks.map((task, i) => {
    const a = player.answers[i];
    const credit = a ? Math.max(0, Math.round(a.credit * 100) / 100) : 0;
    if (credit < 0.999) {
      const key = `${a && a.given !== null ? 'wrong' : 'open'}:${task.kind}`;
      mistakes.set(key, (mistakes.get(key) ?? 0) + 1);
    }
    const prompt = task.prompt.length > PROMPT_CHARS ? `${task.prompt.slice(0, PROMPT_CHARS - 1)}…` : task.prompt;
    return { key: `t${i + 1}`, label: prompt, right: credit, of: 1 };
  });
  return { correctPct: detail.correctPct, parts, mistakes: [...mistakes].map(([key, count]) => ({ key, count })).toSorted((a, b) => b.count - a.count) };
}

/** "Zahlenaufgabe falsch", "Aufgabe 3" ('' for an unknown key). */
export function werkstattFigureLabel(key: string, lang: Lang): string {
  const task = /^t(\d{1,2})$/.exec(key);
  if (task) return `${lang === 'en' ? 'Task' : 'Aufgabe'} ${task[1]}`;
  const [how, kind] = key.split(':');
  const k = (KIND[lang] as Record<string, string | undefined>)[kind ?? ''];
  const h = HOW[lang][how ?? ''];
  return k && h ? `${k} ${h}` : '';
}

export const WERKSTATT_FIGURES: GameFigures<WerkstattRound, WerkstattPlayer> = { of: werkstattFigures, label: werkstattFigureLabel };
