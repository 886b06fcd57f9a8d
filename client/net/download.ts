import { isErrorCode, type ErrorCode } from '../../shared/protocol/errors.ts';

// Downloads (exports, reports, PDFs) fetched before they are saved. A plain <a download> link
// saved whatever the server answered: a refusal (rate limit, too many rows, 4xx with our JSON
// error) landed in the downloads folder as a file named like the export, and the trainer saw
// no message (issues 20, 21). Here a refusal becomes its error code, for the page to show.

/** A finished download: the file was handed to the browser under `fileName`. */
export type DownloadOutcome = { ok: true; fileName: string } | { ok: false; code: ErrorCode };

/** What a download needs from the browser; tests pass fakes. */
export interface DownloadDeps {
  fetch: typeof fetch;
  /** Hands the bytes to the browser's download (an object URL clicked as <a download>). */
  save: (blob: Blob, fileName: string) => void;
}

/**
 * The file name of a Content-Disposition header: `filename*=UTF-8''…` (RFC 6266/5987) first,
 * then `filename="…"` or a bare `filename=…`; `fallback` when there is none. Path parts and
 * quotes are dropped, so a name never points into another folder.
 */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (header) {
    const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
    let name: string | null = null;
    if (star) {
      try {
        name = decodeURIComponent(star[1]!.trim());
      } catch {
        name = null;
      }
    }
    name ??= /filename\s*=\s*"([^"]*)"/.exec(header)?.[1] ?? /filename\s*=\s*([^;\s]+)/.exec(header)?.[1] ?? null;
    // Quotes and control characters (codes below 32) never belong in a saved file's name.
    const clean = [...(name?.split(/[\\/]/).pop() ?? '')].filter((c) => c !== '"' && c.charCodeAt(0) >= 32).join('').trim();
    if (clean) return clean;
  }
  return fallback;
}

/** The last path segment of a download address ("…/record.csv?lang=de" → "record.csv"), or "download". */
export function fallbackName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const last = path.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : 'download';
}

/** The browser's own fetch and save (an object URL clicked as <a download>, freed after a minute). */
export const browserDownloadDeps: DownloadDeps = {
  fetch: (input, init) => fetch(input, init),
  save: (blob, fileName) => {
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = fileName;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoking at once may cancel the download before the browser has read the blob.
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  },
};

/**
 * GETs `url` with the session cookie and, when the server answers 2xx, saves the body under
 * the server's file name (Content-Disposition; else the address's last segment). Anything
 * else is returned as an error code, never saved: the server's `{ error }` code, else
 * AUTH_REQUIRED for 401, RATE_LIMITED for 429, SERVER_ERROR; CONNECTION_LOST when the
 * request or the body's transfer fails. Never throws.
 */
export async function fetchDownload(url: string, deps: DownloadDeps = browserDownloadDeps): Promise<DownloadOutcome> {
  let res: Response;
  try {
    res = await deps.fetch(url, { method: 'GET', credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return { ok: false, code: 'CONNECTION_LOST' };
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: unknown } | null;
    const code = body?.error;
    if (isErrorCode(code)) return { ok: false, code };
    return { ok: false, code: res.status === 401 ? 'AUTH_REQUIRED' : res.status === 429 ? 'RATE_LIMITED' : 'SERVER_ERROR' };
  }
  let blob: Blob;
  try {
    blob = await res.blob();
  } catch {
    return { ok: false, code: 'CONNECTION_LOST' };
  }
  const fileName = fileNameFrom(res.headers.get('Content-Disposition'), fallbackName(url));
  deps.save(blob, fileName);
  return { ok: true, fileName };
}
