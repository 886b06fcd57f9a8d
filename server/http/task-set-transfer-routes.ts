import type { Request, Response } from 'express';
import type { TaskSetContent } from '../../shared/games/werkstatt/model.ts';
import { IMPORT_LIMITS, type ImportInvalidReply, type ImportProblem } from '../../shared/games/werkstatt/transfer.ts';
import { runImport, type ImportJob } from '../import/import-runner.ts';
import { exportSetFile } from '../import/set-archive.ts';
import { photoIdsOf, type ArchivePhoto } from '../import/set-file-photos.ts';
import { fitCircle, regionTooSmall } from '../../shared/games/werkstatt/spot.ts';
import type { PhotoRefusal, ProcessedPhoto } from '../photos/photo-pipeline.ts';
import { insertPhotos } from '../repositories/task-photo-repository.ts';
import { csvTemplate, xlsxTemplate } from '../import/sheet-template.ts';
import { fail, idParam, type AccountDeps, type AccountRoute } from './account-route.ts';

// Moving task sets in and out as files (docs/TASK-SET-FORMAT.md): export a set as one ZIP,
// import such a file (from any company) as a new set, import a CSV or XLSX sheet, and the two
// sheet templates. Every import is all or nothing: a new set is created only when the whole
// file checks out, photos included; otherwise 400 IMPORT_INVALID lists every problem.

const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET_TYPES = ['text/csv', 'text/plain', 'application/vnd.ms-excel', XLSX_TYPE, 'application/octet-stream'];
const LARGE = { bytes: IMPORT_LIMITS.fileBytes, code: 'IMPORT_TOO_LARGE' as const };
const LARGE_SET = { bytes: IMPORT_LIMITS.setFileBytes, code: 'IMPORT_TOO_LARGE' as const };
/** What a refusal of the upload pipeline is called as an import problem. */
const PHOTO_PROBLEM: Record<PhotoRefusal, string> = { PHOTO_TYPE: 'photo-type', PHOTO_INVALID: 'photo-invalid', PHOTO_TOO_MANY_PIXELS: 'photo-pixels' };

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/** A file name for a download: the title's letters and digits in ASCII ("Rüsten" → "Ruesten"), else "aufgabensatz". */
export function fileNameOf(title: string, ext: string): string {
  const base = title.replace(/[äöüÄÖÜß]/g, (c) => UMLAUTS[c] ?? c).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'aufgabensatz'}.${ext}`;
}

function send(res: Response, type: string, name: string, bytes: Uint8Array) {
  res.set('Content-Type', type);
  res.set('Content-Disposition', `attachment; filename="${name}"`);
  res.send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

const invalid = (res: Response, problems: ImportProblem[]) => res.status(400).json({ error: 'IMPORT_INVALID', problems } satisfies ImportInvalidReply);

/** The uploaded bytes (express.raw), or an empty array. */
const bytesOf = (req: Request): Uint8Array => (Buffer.isBuffer(req.body) ? new Uint8Array(req.body.buffer, req.body.byteOffset, req.body.byteLength) : new Uint8Array(0));

/**
 * Runs a set file's photos one by one through the same pipeline as an upload (first bytes,
 * pixel count before decoding, re-encoded by sharp, metadata gone), in the same gate. Every
 * refused photo is a problem naming its file; 'busy' when the gate's queue is full.
 */
async function processAll(deps: AccountDeps, photos: readonly ArchivePhoto[]): Promise<{ id: string; photo: ProcessedPhoto }[] | ImportProblem[] | 'busy'> {
  const done: { id: string; photo: ProcessedPhoto }[] = [];
  const problems: ImportProblem[] = [];
  for (const p of photos) {
    const out = await deps.photos.gate.run(() => deps.photos.encode(Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength)));
    if (out === null) return 'busy';
    // A sheet's photo names its row ("Zeile 4: Foto „x.jpg“: …"); a set file's its entry.
    if (typeof out === 'string') problems.push({ row: p.row ?? null, column: p.row ? 'Foto' : null, key: PHOTO_PROBLEM[out], file: p.file });
    else done.push({ id: p.id, photo: out });
  }
  return problems.length > 0 ? problems : done;
}

type Processed = readonly { id: string; photo: ProcessedPhoto }[];

/**
 * A sheet's circles (a radius in % of the photo's width, sheet.ts) made round on their photos
 * now that the pipeline gave each photo's real size (after EXIF rotation), and checked again:
 * inside the photo and at most a quarter of it, else a problem on the row's radius.
 */
function fitCircles(content: TaskSetContent, rows: readonly number[], list: Processed): { content: TaskSetContent; problems: ImportProblem[] } {
  const sizes = new Map(list.map((p) => [p.id, p.photo]));
  const problems: ImportProblem[] = [];
  const tasks = content.tasks.map((task, i) => {
    if (task.kind !== 'spot' || task.region.shape !== 'circle') return task;
    const size = sizes.get(task.photo);
    const region = size && size.width > 0 ? fitCircle(task.region, size.height / size.width) : 'region';
    if (typeof region === 'object') return { ...task, region };
    problems.push({ row: rows[i] ?? null, column: 'Stelle Radius (%)', key: region === 'region' ? 'sheet-circle' : region });
    return task;
  });
  return { content: { ...content, tasks }, problems };
}

/**
 * Hints that do not stop an import (the editor shows the same as a warning): a sheet's spot
 * smaller than a fingertip on a 360 px phone, judged on the photo's real aspect ratio.
 */
function warningsOf(content: TaskSetContent, rows: readonly number[] | undefined, list: Processed): ImportProblem[] {
  if (!rows) return [];
  const sizes = new Map(list.map((p) => [p.id, p.photo]));
  return content.tasks.flatMap((task, i) => {
    const size = task.kind === 'spot' ? sizes.get(task.photo) : undefined;
    if (task.kind !== 'spot' || !size || size.width === 0) return [];
    const column = task.region.shape === 'circle' ? 'Stelle Radius (%)' : 'Stelle Breite (%)';
    return regionTooSmall(task.region, size.height / size.width) ? [{ row: rows[i] ?? null, column, key: 'region-small' }] : [];
  });
}

/**
 * Saves a checked set (and its re-encoded photos) as a new set of the caller's company (201,
 * `{ set, warnings }`) in one transaction — the photos only if the company's quota holds them
 * all, else 413 PHOTO_QUOTA_FULL and nothing stored — or answers the refusal. `rows`: a sheet's
 * row per task, for the warnings.
 */
async function create(deps: AccountDeps, res: Response, me: { companyId: string; id: string }, sheetContent: TaskSetContent, photos: readonly ArchivePhoto[] = [], rows?: readonly number[]) {
  const processed = await processAll(deps, photos);
  if (processed === 'busy') return res.set('Retry-After', '5'), fail(res, 503, 'PHOTO_BUSY');
  if (processed.some((p) => 'key' in p)) return invalid(res, processed as ImportProblem[]);
  const list = processed as { id: string; photo: ProcessedPhoto }[];
  // Only a sheet (rows) has circles still to fit; a set file's circles are as the editor drew them.
  const { content, problems } = rows ? fitCircles(sheetContent, rows, list) : { content: sheetContent, problems: [] };
  if (problems.length > 0) return invalid(res, problems);
  const storePhotos = async (tx: Parameters<typeof insertPhotos>[0]) => ((await insertPhotos(tx, me.companyId, list, deps.photos.quotaBytes)) ? null : ('PHOTO_QUOTA_FULL' as const));
  const set = await deps.taskSets.create(me.companyId, me.id, content, list.length > 0 ? storePhotos : undefined);
  if (set === 'PHOTO_QUOTA_FULL') return fail(res, 413, set);
  if (typeof set === 'string') return fail(res, 409, set);
  return res.status(201).json({ set, warnings: warningsOf(content, rows, list) });
}

/** The spreadsheet's title: `?title=` (the import dialog fills in the file's name), else "Import". */
const titleOf = (req: Request): string => (typeof req.query.title === 'string' ? req.query.title : 'Import');

/** Reads the upload in a worker and saves the set, or answers its problems (or 503 when many imports run). */
async function importFile(deps: AccountDeps, res: Response, me: { companyId: string; id: string }, job: ImportJob) {
  const result = await runImport(job);
  if (result === 'busy') {
    res.set('Retry-After', '5');
    return fail(res, 503, 'SERVICE_UNAVAILABLE');
  }
  return result.ok ? create(deps, res, me, result.value, result.photos, result.rows) : invalid(res, result.problems);
}

/** Export, import and templates of task sets; mounted before the `/task-sets/:id` routes. */
export function taskSetTransferRoutes(deps: AccountDeps): AccountRoute[] {
  return [
    {
      method: 'get', path: '/task-sets/template.csv', access: 'trainer', body: false,
      handle: async (_req, res) => send(res, 'text/csv; charset=utf-8', 'aufgabensatz-vorlage.csv', csvTemplate()),
    },
    {
      method: 'get', path: '/task-sets/template.xlsx', access: 'trainer', body: false,
      handle: async (_req, res) => send(res, XLSX_TYPE, 'aufgabensatz-vorlage.xlsx', xlsxTemplate()),
    },
    {
      method: 'get', path: '/task-sets/:id/export', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const id = idParam(req);
        const set = id ? await deps.taskSets.find(id, me.companyId) : null;
        if (!set) return fail(res, 404, 'NOT_FOUND');
        // Each photo as stored (the projector variant, already re-encoded and without metadata).
        const photos = new Map<string, Uint8Array>();
        for (const photoId of photoIdsOf(set.content.tasks)) {
          const bytes = await deps.photos.repo.read(photoId, me.companyId, 'projector');
          if (bytes) photos.set(photoId, bytes);
        }
        const missing = photoIdsOf(set.content.tasks).some((photoId) => !photos.has(photoId));
        const file = missing ? null : exportSetFile(set.content, new Date(), photos);
        // A file the importer would refuse helps nobody: say so before the download.
        if (!file || file.length > IMPORT_LIMITS.setFileBytes) return fail(res, 409, 'EXPORT_PHOTOS');
        send(res, 'application/zip', fileNameOf(set.title, 'zip'), file);
      },
    },
    {
      method: 'post', path: '/task-sets/import', access: 'trainer', body: true, large: { ...LARGE_SET, raw: ZIP_TYPES },
      // A set file, or a sheet with its photos in one ZIP (titled by `?title=`).
      handle: async (req, res, me) => importFile(deps, res, me, { kind: 'set', bytes: bytesOf(req), title: titleOf(req) }),
    },
    {
      method: 'post', path: '/task-sets/import-sheet', access: 'trainer', body: true, large: { ...LARGE, raw: SHEET_TYPES },
      handle: async (req, res, me) => importFile(deps, res, me, { kind: 'sheet', bytes: bytesOf(req), title: titleOf(req) }),
    },
  ];
}
