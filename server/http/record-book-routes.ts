import type { Request, Response } from 'express';
import { zipSync } from 'fflate';
import type { Apprentice } from '../../shared/protocol/accounts.ts';
import type { Lang } from '../../shared/protocol/errors.ts';
import { buildRecordBook, type RecordBookDoc } from '../../shared/record-book/model.ts';
import { parsePeriod, periodBoundsMs, type Period } from '../../shared/record-book/period.ts';
import type { CompanyTrainer } from '../repositories/trainer-repository.ts';
import { safeFileName } from '../reports/csv.ts';
import { fail, idParam, type AccountDeps, type AccountRoute } from './account-route.ts';
import { sendDownload } from './downloads.ts';

/** At most this many apprentices in one ZIP (a company's whole class fits). */
export const MAX_RECORD_BOOKS = 200;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Options { period: Period; lang: Lang; showScores: boolean }

/** Period, language and "Punkte zeigen" from the query; answers 400 PERIOD_INVALID itself and returns null. */
function options(req: Request, res: Response): Options | null {
  const period = parsePeriod(req.query.from, req.query.to, Date.now());
  if (!period.ok) return (fail(res, 400, period.code), null);
  return { period: period.value, lang: req.query.lang === 'en' ? 'en' : 'de', showScores: req.query.scores === '1' };
}

/**
 * The supplements of these apprentices (all of the caller's company), rendered off the event
 * loop; null when the company's PDF limits refuse (answered 429 RECORD_BOOK_BUSY with
 * Retry-After here: at most two requests of a company at once, 400 PDFs a minute).
 */
async function render(deps: AccountDeps, res: Response, me: CompanyTrainer, apprentices: readonly Apprentice[], o: Options): Promise<Buffer[] | null> {
  const admission = deps.pdfs.guard.admit(me.companyId, apprentices.length);
  if (!admission.ok) {
    res.set('Retry-After', String(admission.retryAfterS));
    fail(res, 429, 'RECORD_BOOK_BUSY');
    return null;
  }
  try {
    return await renderAll(deps, me, apprentices, o);
  } finally {
    admission.release();
  }
}

async function renderAll(deps: AccountDeps, me: CompanyTrainer, apprentices: readonly Apprentice[], o: Options): Promise<Buffer[]> {
  const { startMs, endMs } = periodBoundsMs(o.period);
  const [company, rounds] = await Promise.all([deps.companies.findById(me.companyId), deps.recordBooks.rounds(apprentices.map((a) => a.id), me.companyId, startMs, endMs)]);
  const createdAt = new Date().toISOString();
  const docs: RecordBookDoc[] = apprentices.map((a) => buildRecordBook({
    lang: o.lang, company: company?.name ?? '', apprentice: { name: a.displayName, trade: a.trade, trainingYear: a.trainingYear },
    period: o.period, createdAt, showScores: o.showScores, rounds: rounds.get(a.id) ?? [], games: deps.games,
  }));
  return Promise.all(docs.map((doc) => deps.pdfs.render(doc)));
}

const fileStem = (o: Options) => (o.lang === 'en' ? 'record-book-supplement' : 'Ausbildungsnachweis-Beilage');
// Letters that Unicode does not decompose to ASCII (NFKD): spelled out, so "Yılmaz" stays readable.
const SPELLED: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'AE', đ: 'd', Đ: 'D', œ: 'oe', Œ: 'OE' };
/** The apprentice's name as an ASCII file-name part; a name with no Latin letter (e.g. Cyrillic) gets a short id. */
function nameForFile(a: Apprentice): string {
  const name = safeFileName(a.displayName.replace(/[ıłŁøØßæÆđĐœŒ]/g, (c) => SPELLED[c] ?? c));
  return name === 'export' ? `Azubi-${a.id.slice(0, 8)}` : name;
}
const pdfName = (a: Apprentice, o: Options) => `${fileStem(o)}_${nameForFile(a)}_${o.period.from}_${o.period.to}.pdf`;

/**
 * The record-book supplement (Ausbildungsnachweis-Beilage): one PDF per apprentice, or a ZIP
 * of one PDF per apprentice for several (each apprentice files their own, so no file shows
 * another apprentice's data). Query: from, to (YYYY-MM-DD, Berlin days; default the last full
 * week), scores=1 (print scores), lang=en. Only trainers of the apprentices' company.
 */
export function recordBookRoutes(deps: AccountDeps): AccountRoute[] {
  return [
    {
      method: 'get', path: '/apprentices/:id/record-book.pdf', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const id = idParam(req);
        const apprentice = id ? await deps.apprentices.find(id, me.companyId) : null;
        if (!apprentice) return fail(res, 404, 'NOT_FOUND');
        const o = options(req, res);
        if (!o) return;
        const pdfs = await render(deps, res, me, [apprentice], o);
        if (pdfs) sendDownload(res, pdfName(apprentice, o), 'application/pdf', pdfs[0]!);
      },
    },
    {
      // ids: comma-separated apprentice ids; absent or empty: every apprentice of the company.
      method: 'get', path: '/reports/record-book.zip', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const all = await deps.apprentices.list(me.companyId);
        const raw = typeof req.query.ids === 'string' ? req.query.ids.split(',').filter((x) => x !== '') : [];
        if (raw.length > MAX_RECORD_BOOKS * 2 || (req.query.ids !== undefined && typeof req.query.ids !== 'string')) return fail(res, 400, 'MESSAGE_INVALID');
        const byId = new Map(all.map((a) => [a.id, a]));
        // Another company's id answers exactly like a missing one.
        if (raw.some((id) => !ID.test(id) || !byId.has(id))) return fail(res, 404, 'NOT_FOUND');
        const chosen = raw.length === 0 ? all : [...new Set(raw)].map((id) => byId.get(id)!);
        if (chosen.length > MAX_RECORD_BOOKS) return fail(res, 400, 'MESSAGE_INVALID');
        const o = options(req, res);
        if (!o) return;
        const pdfs = await render(deps, res, me, chosen, o);
        if (!pdfs) return;
        const files: Record<string, [Uint8Array, { level: 0 }]> = {};
        chosen.forEach((a, i) => {
          let name = pdfName(a, o);
          for (let n = 2; files[name]; n++) name = pdfName(a, o).replace(/\.pdf$/, `-${n}.pdf`);
          files[name] = [pdfs[i]!, { level: 0 }];
        });
        // Stored, not deflated: PDFs are compressed already.
        sendDownload(res, `${fileStem(o)}_${o.period.from}_${o.period.to}.zip`, 'application/zip', zipSync(files));
      },
    },
  ];
}
