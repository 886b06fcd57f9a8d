import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'arcade_session';
/** Marks a browser a trainer has signed in with; its attempts are throttled apart from its address. */
export const DEVICE_COOKIE = 'arcade_device';
/** A sign-in lasts one long school day. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const DEVICE_TTL_MS = 180 * 24 * 60 * 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new random token (256 bits, base64url). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The value of a cookie in the request, if it is a well-formed token. */
export function readTokenCookie(req: Request, name: string): string | null {
  return tokenFromCookieHeader(req.headers.cookie ?? null, name);
}

/** The same from a raw Cookie header (the WebSocket upgrade has no express Request). */
export function tokenFromCookieHeader(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return TOKEN.test(value) ? value : null;
    }
  }
  return null;
}

function cookie(req: Request, name: string, value: string, maxAgeS: number): string {
  // HttpOnly: scripts cannot read it; SameSite=Lax: not sent on cross-site POSTs;
  // Secure when the request came over https (a LAN install runs on plain http).
  return `${name}=${value}; Path=/; Max-Age=${maxAgeS}; HttpOnly; SameSite=Lax${req.secure ? '; Secure' : ''}`;
}

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.append('Set-Cookie', cookie(req, SESSION_COOKIE, token, Math.floor(SESSION_TTL_MS / 1000)));
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append('Set-Cookie', cookie(req, SESSION_COOKIE, '', 0));
}

export function setDeviceCookie(req: Request, res: Response, token: string): void {
  res.append('Set-Cookie', cookie(req, DEVICE_COOKIE, token, Math.floor(DEVICE_TTL_MS / 1000)));
}

/**
 * CSRF guard for state-changing requests: the browser's Origin (or else Referer) must name
 * this very host. Requests with neither are refused (every browser sends Origin on a POST).
 * Reused later by the WebSocket upgrade check.
 */
export function isSameOrigin(headers: { origin?: string | undefined; referer?: string | undefined; host?: string | undefined }): boolean {
  const claimed = headers.origin ?? headers.referer;
  if (!claimed || !headers.host || claimed === 'null') return false;
  try {
    const url = new URL(claimed);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host.toLowerCase() === headers.host.toLowerCase();
  } catch {
    return false;
  }
}
