import type { IncomingMessage } from 'node:http';
import helmet from 'helmet';
import type { RequestHandler } from 'express';

// Security headers for every response (helmet). The policy fits what the client really loads:
// scripts and styles from this origin only (Vite emits no inline script), QR codes and Phaser's
// built-in textures as data: images, WebSockets to this very host, and nobody may frame us.

/** `ws://host wss://host` for the request's own host: older Safari does not count ws: as 'self'. */
function ownSockets(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return /^[A-Za-z0-9.[\]:-]{1,255}$/.test(host) ? `ws://${host} wss://${host}` : '';
}

/** Helmet with our CSP; no HSTS and no upgrade-insecure-requests: the LAN runs over plain http. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Phaser and the DOM kit set element styles; styles cannot run code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'", (req) => ownSockets(req as IncomingMessage)],
      },
    },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    // The card code travels in `/?card=…`: never hand the address to another page.
    referrerPolicy: { policy: 'no-referrer' },
  }) as unknown as RequestHandler;
}
