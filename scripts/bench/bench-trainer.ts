// Hosting needs a signed-in trainer. The bench server starts on an empty data directory,
// so the bench runs the first-run setup through the API and hosts with that sign-in.

const TRAINER = { company: 'Bench GmbH', login: 'bench-host', password: 'Bench-Host-2026!' };

/** Cookie and Origin headers of the bench trainer (setup on a fresh server, else sign-in). */
export async function benchTrainerHeaders(baseUrl: string): Promise<Record<string, string>> {
  const origin = baseUrl.replace(/\/$/, '');
  const post = (path: string, body: unknown) => fetch(origin + path, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const { setupNeeded } = (await (await fetch(`${origin}/api/setup`)).json()) as { setupNeeded: boolean };
  const res = setupNeeded ? await post('/api/setup', TRAINER) : await post('/api/auth/login', { login: TRAINER.login, password: TRAINER.password });
  if (!res.ok) throw new Error(`the bench trainer could not sign in: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '').filter((c) => c.startsWith('arcade_session=')).join('; ');
  return { origin, cookie };
}
