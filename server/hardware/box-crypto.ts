import { createHash, createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { signedText } from '../../shared/protocol/hardware.ts';

// The box credential and the message signatures (docs/HARDWARE.md §Credentials). A box keeps
// its secret; the server keeps neither it nor the broker password: only the password's SHA-256
// (to let the box into the embedded broker) and the signing key (to check every message).
// The password cannot sign and the signing key cannot log in, so a sniffed broker login (plain
// MQTT) forges no press, and a leaked database row opens no broker.

/** A new box secret: 32 random bytes, base64url (43 characters), shown to the trainer once. */
export const newBoxSecret = (): string => randomBytes(32).toString('base64url');

/** The box's broker password: hex HMAC-SHA256(secret, "arcade-box-login") (64 hex chars). */
export const boxLoginPassword = (secret: string): string => createHmac('sha256', secret).update('arcade-box-login').digest('hex');

/** The box's signing key: hex HMAC-SHA256(secret, "arcade-box-sign") (64 hex chars; the HMAC key is its 32 raw bytes). */
export const boxSignKey = (secret: string): string => createHmac('sha256', secret).update('arcade-box-sign').digest('hex');

/** What the database keeps of a broker password: its SHA-256, hex. */
export const loginHash = (password: string): string => createHash('sha256').update(password).digest('hex');

/** Signing keys kept imported at most (one per box; beyond it the oldest is imported again when used). */
const MAX_KEYS = 10_000;
const keys = new Map<string, KeyObject>();

/**
 * The hex signing key as an imported key object, kept per key: every box message is signed or
 * checked, and decoding the hex and importing the key for each one was repeated work.
 */
function signingKey(signKeyHex: string): KeyObject {
  let key = keys.get(signKeyHex);
  if (!key) {
    if (keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value as string);
    key = createSecretKey(Buffer.from(signKeyHex, 'hex'));
    keys.set(signKeyHex, key);
  }
  return key;
}

/** Raw HMAC-SHA256 (32 bytes) over `direction\nm` with the hex signing key. */
const mac = (signKeyHex: string, direction: 'up' | 'down', m: string): Buffer => createHmac('sha256', signingKey(signKeyHex)).update(signedText(direction, m)).digest();

/** hex HMAC-SHA256 over `direction\nm` with the hex signing key. */
export function signBody(signKeyHex: string, direction: 'up' | 'down', m: string): string {
  return mac(signKeyHex, direction, m).toString('hex');
}

/** True when `sig` (64 hex) is the signature of `m` in `direction`; constant time. */
export function verifyBody(signKeyHex: string, direction: 'up' | 'down', m: string, sig: string): boolean {
  const got = Buffer.from(sig, 'hex');
  if (got.length !== 32) return false;
  return timingSafeEqual(got, mac(signKeyHex, direction, m));
}

/** Constant-time comparison of two hex strings of equal length. */
export function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** The signed envelope of a body: `{"m": body JSON, "sig": hex}`. */
export function envelope(signKeyHex: string, direction: 'up' | 'down', body: object): string {
  const m = JSON.stringify(body);
  return JSON.stringify({ m, sig: signBody(signKeyHex, direction, m) });
}

/** A trial nonce: 12 random bytes, base64url (16 characters). */
export const newNonce = (): string => randomBytes(12).toString('base64url');
