import type { Response } from 'express';

/** Sends CSV bytes as a download (the name must already be header-safe: safeFileName). */
export function sendCsv(res: Response, fileName: string, bytes: Buffer): void {
  res.set('Content-Type', 'text/csv; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(bytes);
}

/** Sends file bytes as a download of the given type (the name must already be header-safe: safeFileName). */
export function sendDownload(res: Response, fileName: string, contentType: string, bytes: Buffer | Uint8Array): void {
  res.set('Content-Type', contentType);
  res.set('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** Sends an Excel workbook as a download (the name must already be header-safe: safeFileName). */
export function sendXlsx(res: Response, fileName: string, bytes: Buffer): void {
  res.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.set('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(bytes);
}
