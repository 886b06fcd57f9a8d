import { parseDecimal } from './decimal.ts';
import { SET_LIMITS, type TaskSetContent } from './model.ts';
import { UNFITTED_RY } from './spot.ts';
import { IMPORT_LIMITS, type ImportProblem } from './transfer.ts';
import { checkTaskSet, type ProblemKey } from './validate.ts';

// The spreadsheet template of a task set (docs/TASK-SET-FORMAT.md, "Tabelle"): one task per
// row, German column names. `sheetToSet` turns the rows of a CSV or XLSX (every cell as text)
// into a checked set, or into every problem with its row number and column; nothing half.
// A row may name a photo ("Foto", a file name): the sheet then comes in one ZIP with its photos
// (server/import/sheet-archive.ts), and "Stelle" tasks (tap the spot) give their rectangle in
// percent of the photo (X, Y of the top-left corner, width, height; the model stores 0..1), or
// a circle (X, Y its centre, a radius in % of the photo's width, made round on the server).

const ANSWERS = Math.max(SET_LIMITS.options.max, SET_LIMITS.steps.max);
const answerColumn = (n: number) => `Antwort ${n}`;

/** The template's columns, in order. Only "Art" and "Frage" must be there. */
export const SHEET_COLUMNS = [
  'Art', 'Frage', ...Array.from({ length: ANSWERS }, (_, i) => answerColumn(i + 1)),
  'Richtig', 'Wert', 'Toleranz', 'Einheit', 'Zeit (s)', 'Schlagwörter', 'Erklärung',
  'Foto', 'Stelle X (%)', 'Stelle Y (%)', 'Stelle Breite (%)', 'Stelle Höhe (%)', 'Stelle Radius (%)',
] as const;
type Column = (typeof SHEET_COLUMNS)[number];
const REQUIRED: Column[] = ['Art', 'Frage'];
/** The rectangle's columns: its left, top, width and height in % of the photo. */
const RECT: readonly Column[] = ['Stelle X (%)', 'Stelle Y (%)', 'Stelle Breite (%)', 'Stelle Höhe (%)'];
/** A circle instead: X and Y its centre, the radius in % of the photo's width (spot.ts fitCircle). */
const RADIUS: Column = 'Stelle Radius (%)';
const CIRCLE: readonly Column[] = ['Stelle X (%)', 'Stelle Y (%)', RADIUS];
const REGION: readonly Column[] = [...RECT, RADIUS];

/** The template's example rows (one per task kind), under the header row. */
export const SHEET_EXAMPLE: readonly (readonly string[])[] = [
  row({ Art: 'Auswahl', Frage: 'Welche Schutzart hat der Sensor?', 'Antwort 1': 'IP67', 'Antwort 2': 'IP20', 'Antwort 3': 'IP44', Richtig: '1', 'Zeit (s)': '20', Schlagwörter: 'Sensorik', Erklärung: 'IP67: staubdicht und zeitweiliges Untertauchen.' }),
  row({ Art: 'Zahl', Frage: 'Spaltmaß der Führung in mm?', Wert: '0,05', Toleranz: '0,01', Einheit: 'mm', Erklärung: 'Laut Zeichnung 0,05 ± 0,01 mm.' }),
  row({ Art: 'Reihenfolge', Frage: 'Maschine sicher freischalten:', 'Antwort 1': 'Abschalten', 'Antwort 2': 'Gegen Wiedereinschalten sichern', 'Antwort 3': 'Spannungsfreiheit feststellen', Erklärung: 'Die ersten drei der fünf Sicherheitsregeln.' }),
];

function row(cells: Partial<Record<Column, string>>): string[] {
  return SHEET_COLUMNS.map((c) => cells[c] ?? '');
}

// A Map, never an object: a cell "__proto__" or "constructor" must not find anything.
const KINDS = new Map<string, 'choice' | 'number' | 'order' | 'spot'>([
  ['auswahl', 'choice'], ['zahl', 'number'], ['reihenfolge', 'order'], ['stelle', 'spot'], ['foto-stelle', 'spot'],
  ['choice', 'choice'], ['number', 'number'], ['order', 'order'], ['spot', 'spot'],
]);
/** Headings as people type them: case, spaces, "%" and "(s)" do not matter; a few aliases. */
const norm = (s: string) => s.toLowerCase().replace(/\(s\)|[\s_()%-]/g, '').replace('schlagworte', 'schlagwörter').replace('erklaerung', 'erklärung').replace('hoehe', 'höhe').replace(/^bild$/, 'foto');
const BY_NORM = new Map<string, Column>(SHEET_COLUMNS.map((c) => [norm(c), c]));

/** Which column the check before saving blames for each of its problems. */
const COLUMN_OF: Partial<Record<ProblemKey, Column>> = {
  kind: 'Art', prompt: 'Frage', explain: 'Erklärung', limit: 'Zeit (s)', tags: 'Schlagwörter',
  'options-count': 'Antwort 1', 'option-text': 'Antwort 1', 'no-right': 'Richtig', 'all-right': 'Richtig',
  'number-value': 'Wert', tolerance: 'Toleranz', 'tolerance-wide': 'Toleranz', unit: 'Einheit',
  'steps-count': 'Antwort 1', 'step-text': 'Antwort 1', 'steps-same': 'Antwort 1',
  photo: 'Foto', region: 'Stelle X (%)', 'region-large': 'Stelle Breite (%)',
};

/** `rows`: each task's spreadsheet row (header = 1), for messages after the check (photos, warnings). */
export type SheetResult = { ok: true; value: TaskSetContent; rows: number[] } | { ok: false; problems: ImportProblem[] };

/**
 * How a row's photo file name (and its row number) becomes a photo id: the id standing for that file (the server
 * puts the real one in after the upload pipeline), or a problem key (`sheet-photo-missing`:
 * not in the ZIP; `sheet-photo-no-zip`: the sheet came alone). Absent: the sheet came alone.
 */
export type PhotoLookup = (fileName: string, row: number) => { id: string } | { key: string };
const noZip: PhotoLookup = () => ({ key: 'sheet-photo-no-zip' });

/**
 * Turns spreadsheet rows (row 0 = headings; every cell text, '' when empty) into a checked set
 * titled `title`. Problems carry the row number as the spreadsheet shows it (heading = 1) and
 * the template's column name; any problem means no set. Caps: IMPORT_LIMITS (rows, columns,
 * cell length) and SET_LIMITS (tasks and texts, via the check before saving). A "Foto" cell is
 * resolved by `photoOf` (problems then carry the cell's text as `file`); a "Stelle" row's
 * percentages become a rect region 0..1, checked like the editor's (inside, ≥ 1 %, ≤ ¼).
 */
export function sheetToSet(rows: readonly (readonly string[])[], title: string, photoOf: PhotoLookup = noZip): SheetResult {
  const problems: ImportProblem[] = [];
  const at = (r: number | null, column: string | null, key: string, file?: string) => problems.push({ row: r, column, key, ...(file === undefined ? {} : { file }) });
  if (rows.length > IMPORT_LIMITS.sheetRows) return { ok: false, problems: [{ row: null, column: null, key: 'sheet-rows' }] };
  if (rows.some((r) => r.length > IMPORT_LIMITS.sheetColumns)) return { ok: false, problems: [{ row: null, column: null, key: 'sheet-columns' }] };
  const header = rows[0] ?? [];
  const index = new Map<Column, number>();
  header.forEach((cell, i) => {
    const text = cell.trim();
    if (text === '') return;
    const column = BY_NORM.get(norm(text));
    if (!column) return at(1, text.slice(0, 40), 'header-unknown');
    if (index.has(column)) return at(1, column, 'header-twice');
    index.set(column, i);
  });
  for (const c of REQUIRED) if (!index.has(c)) at(1, c, 'header-missing');
  if (problems.length > 0) return { ok: false, problems };

  const tasks: unknown[] = [];
  const rowOfTask: number[] = [];
  /** Tasks whose region is a circle: the check's words for them name the radius. */
  const circles = new Set<number>();
  rows.forEach((cells, r) => {
    if (r === 0 || cells.every((c) => c.trim() === '')) return;
    const n = r + 1;
    const get = (c: Column): string => {
      const i = index.get(c);
      const v = i === undefined ? '' : (cells[i] ?? '').trim();
      if (v.length > IMPORT_LIMITS.cellChars) { at(n, c, 'cell-too-long'); return ''; }
      if (v.startsWith('=')) { at(n, c, 'formula'); return ''; }
      return v;
    };
    const before = problems.length;
    const kind = KINDS.get(get('Art').toLowerCase());
    if (!kind) at(n, 'Art', 'kind-unknown');
    const answers = Array.from({ length: ANSWERS }, (_, i) => ({ col: i + 1, text: get(answerColumn(i + 1)) })).filter((a) => a.text !== '');
    const num = (c: Column): number | undefined => {
      const v = get(c);
      if (v === '') return undefined;
      const parsed = parseDecimal(v);
      if (parsed === null) at(n, c, 'not-a-number');
      return parsed ?? undefined;
    };
    const limit = num('Zeit (s)');
    const tags = get('Schlagwörter').split(/[,;]/).map((s) => s.trim()).filter((s) => s !== '');
    const photoName = get('Foto');
    let photo: string | undefined;
    if (photoName !== '') {
      const found = photoOf(photoName, n);
      if ('id' in found) photo = found.id;
      else at(n, 'Foto', found.key, photoName.slice(0, 120));
    } else if (kind === 'spot') at(n, 'Foto', 'sheet-photo-needed');
    const region = RECT.map((c) => num(c));
    const circle = kind === 'spot' && get(RADIUS) !== '';
    const base = { prompt: get('Frage'), explain: get('Erklärung'), limitS: limit ?? null, tags, ...(photo ? { photo } : {}) };
    let task: unknown = null;
    if (kind === 'choice') {
      const right = get('Richtig').split(/[,;\s]+/).filter((s) => s !== '');
      const picks = right.map((s) => (/^\d{1,2}$/.test(s) ? Number(s) : Number.NaN));
      if (picks.some((p) => !answers.some((a) => a.col === p))) at(n, 'Richtig', 'right-list');
      task = { kind, ...base, options: answers.map((a) => ({ text: a.text, right: picks.includes(a.col) })) };
    } else if (kind === 'number') {
      if (answers.length > 0) at(n, answerColumn(answers[0]!.col), 'answers-extra');
      task = { kind, ...base, value: num('Wert'), tolerance: num('Toleranz') ?? 0, unit: get('Einheit') };
    } else if (kind === 'order') {
      task = { kind, ...base, steps: answers.map((a) => a.text) };
    } else if (kind === 'spot') {
      if (answers.length > 0) at(n, answerColumn(answers[0]!.col), 'answers-extra');
      // A circle has no width or height; a rectangle no radius (then it is a circle).
      const wrong = (circle ? CIRCLE : RECT).find((c) => get(c) === '') ?? (circle ? RECT.slice(2).find((c) => get(c) !== '') : undefined);
      if (wrong) at(n, wrong, circle ? 'sheet-circle' : 'sheet-region');
      const [x = 0, y = 0, w = 0, h = 0] = region.map((v) => (v ?? 0) / 100);
      // The circle's ry waits for the photo's aspect (the import route fits it).
      const shape = circle ? { shape: 'circle', x, y, rx: (num(RADIUS) ?? 0) / 100, ry: UNFITTED_RY } : { shape: 'rect', x, y, w, h };
      task = { kind, ...base, photo: photo ?? '', region: shape };
      if (circle) circles.add(tasks.length);
    }
    if (kind && kind !== 'spot') {
      const extra = REGION.find((c) => get(c) !== '');
      if (extra) at(n, extra, 'region-extra');
    }
    if (problems.length === before) {
      tasks.push(task);
      rowOfTask.push(n);
    }
  });
  const rowsWithTasks = rows.slice(1).filter((cells) => cells.some((c) => c.trim() !== '')).length;
  if (rowsWithTasks === 0 && problems.length === 0) return { ok: false, problems: [{ row: null, column: null, key: 'sheet-empty' }] };
  if (rowsWithTasks > IMPORT_LIMITS.tasks) return { ok: false, problems: [{ row: null, column: null, key: 'too-many-tasks' }] };
  const checked = checkTaskSet({ title, tasks });
  if (!checked.ok) {
    for (const p of checked.problems) {
      if (p.task === null) { if (p.key !== 'no-tasks' || problems.length === 0) at(null, null, p.key); }
      // A region outside the photo or under 1 %: the sheet's own words (percent, columns).
      else if (circles.has(p.task) && (p.key === 'region' || p.key === 'region-large')) at(rowOfTask[p.task] ?? null, RADIUS, p.key === 'region' ? 'sheet-circle' : p.key);
      else at(rowOfTask[p.task] ?? null, COLUMN_OF[p.key] ?? null, p.key === 'region' ? 'sheet-region' : p.key);
    }
  }
  if (problems.length > 0 || !checked.ok) return { ok: false, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
  return { ...checked, rows: rowOfTask };
}
