import type { Response } from 'express';

/** Sends CSV bytes as a download (the name must already be header-safe: safeFileName). */
export function sendCsv(res: Response, fileName: string, bytes: Buffer): void {
  res.set('Content-Type', 'text/csv; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(bytes);
}
