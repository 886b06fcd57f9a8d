import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost parameters; stored with every hash so they can be raised later. */
export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelism. */
  p: number;
}

// OWASP's scrypt recommendation (2024): N=2^17, r=8, p=1 = 128 MiB and ~0.2-0.4 s per
// hash on one core here. Memory-hard, so guessing on GPUs is expensive; a sign-in is rare,
// so the cost is fine. Raise them here: old hashes are upgraded at the next sign-in.
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
const SALT_BYTES = 16;
const HASH_BYTES = 32;
// At most this many hashes at once: each takes 128 MiB, and a burst of sign-ins must not
// exhaust the memory of a small school server.
const MAX_CONCURRENT_HASHES = 2;

let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function derive(password: string, salt: Buffer, params: ScryptParams, length: number): Promise<Buffer> {
  // Node's default maxmem (32 MiB) refuses N=2^17; allow what the parameters need, plus slack.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return limited(() => new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (err, key) => (err ? reject(err) : resolve(key)));
  }));
}

/**
 * Hashes and checks trainer passwords with one set of scrypt parameters. The server makes one
 * with SCRYPT_PARAMS; test servers pass cheaper ones (tests/helpers/test-server.ts), because a
 * real hash costs ~0.4 s of CPU and the suite makes a few hundred. Hashes carry their own
 * parameters, so a hash made with other ones still verifies and is upgraded at the next sign-in.
 */
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  constructor(readonly params: ScryptParams = SCRYPT_PARAMS) {}

  /** Hashes a password into 'scrypt$N$r$p$salt$hash' (base64url parts). */
  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(password, salt, this.params, HASH_BYTES);
    return ['scrypt', this.params.N, this.params.r, this.params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  /** True when the password matches the stored hash (constant-time compare). Malformed hashes never match. */
  async verify(password: string, stored: string): Promise<boolean> {
    const parsed = parseHash(stored);
    if (!parsed) return false;
    const key = await derive(password, parsed.salt, parsed, parsed.key.length);
    return timingSafeEqual(key, parsed.key);
  }

  /** True when a stored hash was made with other parameters than this hasher's (rehash after sign-in). */
  needsRehash(stored: string): boolean {
    const parsed = parseHash(stored);
    return !parsed || parsed.N !== this.params.N || parsed.r !== this.params.r || parsed.p !== this.params.p || parsed.key.length !== HASH_BYTES;
  }

  /**
   * Makes the dummy hash now (the server calls this at start): made lazily, the first unknown
   * login cost two hashes and could be told from a wrong password by its time (review N13).
   */
  prepareDummy(): Promise<string> {
    this.dummy ??= this.hash('not a real password, only for timing');
    return this.dummy;
  }

  /** Spends the same time as a real check, so an unknown login answers as slowly as a wrong password. */
  async verifyDummy(password: string): Promise<false> {
    await this.verify(password, await this.prepareDummy());
    return false;
  }
}

interface ParsedHash extends ScryptParams {
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length === 0 || key.length === 0) return null;
  return { N, r, p, salt, key };
}

/** The production hasher (SCRYPT_PARAMS): `npm run setup` and servers without an override. */
export const PASSWORDS = new PasswordHasher();

/** Hashes with `params` (default SCRYPT_PARAMS); see PasswordHasher.hash. */
export function hashPassword(password: string, params: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  return (params === SCRYPT_PARAMS ? PASSWORDS : new PasswordHasher(params)).hash(password);
}

/** See PasswordHasher.verify (the hash names its own parameters). */
export function verifyPassword(password: string, stored: string): Promise<boolean> {
  return PASSWORDS.verify(password, stored);
}

/** See PasswordHasher.needsRehash. */
export function needsRehash(stored: string, params: ScryptParams = SCRYPT_PARAMS): boolean {
  return new PasswordHasher(params).needsRehash(stored);
}
