import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Application, type NextFunction, type Request, type Response } from 'express';
import { precompressedAssets } from './precompressed.ts';

/** Hashed assets never change under their name: browsers may keep them 30 days. */
const ASSET_MAX_AGE_S = 30 * 24 * 3600;

/** Serves the built web client; unknown page paths get index.html (join links like /?code=…). */
export function mountStaticClient(app: Application, clientDir: string): void {
  const index = join(clientDir, 'index.html');
  // Hashed assets may be cached for long; index.html must always be fresh (new builds).
  app.use('/assets', precompressedAssets(join(clientDir, 'assets'), ASSET_MAX_AGE_S));
  app.use('/assets', express.static(join(clientDir, 'assets'), { immutable: true, maxAge: ASSET_MAX_AGE_S * 1000, fallthrough: true }));
  app.use(express.static(clientDir, { index: false, maxAge: 0 }));
  app.get(/^\/(?!api\/|matchmake\/|health).*/, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || !existsSync(index)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
