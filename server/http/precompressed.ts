import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

// Serves the build's precompressed twins (<file>.br, <file>.gz, see scripts/precompress.ts)
// of hashed assets to browsers that accept them. Anything without a twin falls through to
// express.static, and the compression middleware compresses it on the fly.

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Middleware for the immutable /assets folder at `dir` (cached for `maxAgeS` seconds). */
export function precompressedAssets(dir: string, maxAgeS: number) {
  const root = normalize(dir + sep);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let file: string;
    try {
      file = normalize(join(root, decodeURIComponent(req.path)));
    } catch {
      return next(); // malformed escape: express.static answers it
    }
    if (!file.startsWith(root) || ENCODINGS.some((e) => file.endsWith(e.suffix))) return next();
    // Our preference (brotli is smaller), among what the browser accepts.
    const encoding = ENCODINGS.find((e) => req.acceptsEncodings(e.name) === e.name && existsSync(file + e.suffix));
    if (!encoding) return next();
    res.set({ 'Content-Encoding': encoding.name, Vary: 'Accept-Encoding', 'Cache-Control': `public, max-age=${maxAgeS}, immutable` });
    res.type(extname(file));
    res.sendFile(file + encoding.suffix, (err) => (err && !res.headersSent ? next() : undefined));
  };
}
