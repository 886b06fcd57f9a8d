import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { CompanyRepository } from '../repositories/company-repository.ts';
import { checkLogin, checkName, checkPassword } from './account-input.ts';
import { PASSWORDS, type PasswordHasher } from './password.ts';

export interface FirstRunInput {
  company: unknown;
  login: unknown;
  displayName?: unknown;
  password: unknown;
}

export type FirstRunResult = { ok: true; companyId: string; trainerId: string } | { ok: false; code: ErrorCode };

type Checked = { ok: true; company: string; login: string; displayName: string; password: string } | { ok: false; code: ErrorCode };

/** Checks first-run input before any database work. */
export function checkFirstRun(input: FirstRunInput): Checked {
  const company = checkName(input.company);
  if (!company.ok) return company;
  const login = checkLogin(input.login);
  if (!login.ok) return login;
  const displayName = checkName(input.displayName ?? login.value);
  if (!displayName.ok) return displayName;
  const password = checkPassword(input.password);
  if (!password.ok) return password;
  return { ok: true, company: company.value, login: login.value, displayName: displayName.value, password: password.value };
}

/**
 * First run: the first company and its admin trainer, only while no company exists. From the
 * web (`web: true`) only while no account of any role exists either: once the platform admin
 * exists, further companies are theirs to add (`npm run setup` on the machine may still add the first).
 */
export async function createFirstCompany(companies: CompanyRepository, input: FirstRunInput, web = false, passwords: PasswordHasher = PASSWORDS): Promise<FirstRunResult> {
  const checked = checkFirstRun(input);
  if (!checked.ok) return checked;
  // Cheap check first so a late setup attempt costs no hashing.
  if ((await (web ? companies.countWithAccounts() : companies.count())) > 0) return { ok: false, code: 'SETUP_DONE' };
  const passwordHash = await passwords.hash(checked.password);
  const created = await companies.createFirst(checked.company, { login: checked.login, displayName: checked.displayName, passwordHash, role: 'admin' }, web);
  return created ? { ok: true, ...created } : { ok: false, code: 'SETUP_DONE' };
}
