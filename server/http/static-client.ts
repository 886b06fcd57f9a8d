import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Application, type NextFunction, type Request, type Response } from 'express';

/** Serves the built web client; unknown page paths get index.html (join links like /?code=…). */
export function mountStaticClient(app: Application, clientDir: string): void {
  const index = join(clientDir, 'index.html');
  // Hashed assets may be cached for long; index.html must always be fresh (new builds).
  app.use('/assets', express.static(join(clientDir, 'assets'), { immutable: true, maxAge: '30d', fallthrough: true }));
  app.use(express.static(clientDir, { index: false, maxAge: 0 }));
  app.get(/^\/(?!api\/|matchmake\/|health).*/, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || !existsSync(index)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
