import { PasswordHasher, type ScryptParams } from '../../server/auth/password.ts';

// Test servers hash trainer passwords with cheap scrypt parameters: a real hash (N=2^17, 128 MiB)
// costs ~0.4 s of CPU and the suite makes a few hundred, which was a fifth of `npm test`'s CPU
// time. Every code path is the same; server/auth/password.test.ts checks the real parameters,
// and servers started as child processes (setup, persistence, restore) use them too.

/** Cheap on purpose (2 MiB, a few ms); unlike 2^10, which tests use as "old parameters". */
export const TEST_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 11, r: 8, p: 1 };

/** The hasher of every in-process test server, and of accounts the tests seed directly. */
export const TEST_PASSWORDS = new PasswordHasher(TEST_SCRYPT_PARAMS);

/** One password check a CountingHasher saw: the password tried and the scrypt N of the hash it was checked against. */
export interface SeenCheck {
  password: string;
  N: number;
}

/** TEST_SCRYPT_PARAMS, and records every check (the real check still runs): tests count the work a request caused. */
export class CountingHasher extends PasswordHasher {
  readonly checks: SeenCheck[] = [];

  constructor() {
    super(TEST_SCRYPT_PARAMS);
  }

  // verifyDummy goes through verify too, so an unknown login is recorded like a known one.
  override verify(password: string, stored: string): Promise<boolean> {
    this.checks.push({ password, N: Number(stored.split('$')[1]) });
    return super.verify(password, stored);
  }
}
