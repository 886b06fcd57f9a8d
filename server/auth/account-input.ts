// The rules of trainer and company input live in shared/core/account-input.ts: the first-run
// form checks all fields at once in the browser (m16) with the same rules the server applies.
export * from '../../shared/core/account-input.ts';
