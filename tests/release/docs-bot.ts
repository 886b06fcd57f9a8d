import { Client, type Room } from '@colyseus/sdk';

// A bot written from docs/PROTOCOL.md and docs/ACCOUNTS-API.md alone: plain HTTP for the
// trainer account and code look-up, any Colyseus 0.18 SDK for the rooms, no import from
// server/ or shared/. It checks that a release speaks the documented protocol.

export const DOCS_TRAINER = { company: 'Release-Test GmbH', login: 'release-host', password: 'Release-Host-2026!' };

/** Signs in (first-run setup on a fresh database, else login); returns Cookie and Origin headers. */
export async function signInTrainer(url: string): Promise<Record<string, string>> {
  const headers = { origin: url, 'content-type': 'application/json' };
  const setup = (await (await fetch(`${url}/api/setup`)).json()) as { setupNeeded: boolean };
  const res = setup.setupNeeded
    ? await fetch(`${url}/api/setup`, { method: 'POST', headers, body: JSON.stringify(DOCS_TRAINER) })
    : await fetch(`${url}/api/auth/login`, { method: 'POST', headers, body: JSON.stringify({ login: DOCS_TRAINER.login, password: DOCS_TRAINER.password }) });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { origin: url, cookie };
}

function waitFor<T>(room: Room, type: string, pred: (p: T) => boolean = () => true, timeoutMs = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timeout waiting for ${type}`)), timeoutMs);
    room.onMessage(type, (p: T) => {
      if (!pred(p)) return;
      clearTimeout(timer);
      resolve(p);
    });
  });
}

async function phase(room: Room, want: string, timeoutMs = 90_000): Promise<void> {
  const start = Date.now();
  while ((room.state as { phase?: string } | undefined)?.phase !== want) {
    if (Date.now() - start > timeoutMs) throw new Error(`timeout waiting for phase ${want} (now ${(room.state as { phase?: string })?.phase})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface PlayedRound {
  code: string;
  score: number;
}

/** Hosts a session with one Reaktion round (level 1), plays it as "Doku-Bot", ends on the podium. */
export async function playHostedRound(url: string): Promise<PlayedRound> {
  const headers = await signInTrainer(url);
  const host = await new Client(url, { headers }).create('session', { protocol: 2, role: 'host' });
  const hostWelcome = await waitFor<{ code: string }>(host, 'welcome');
  host.onMessage('*', () => {});
  const { roomId } = (await (await fetch(`${url}/api/sessions/${hostWelcome.code}`)).json()) as { roomId: string };
  const player = await new Client(url).joinById(roomId, { protocol: 2, role: 'player', nickname: 'Doku-Bot', code: hostWelcome.code });
  player.onMessage('ping', (m) => player.send('pong', m));
  let offset = 0;
  player.onMessage('time', ({ c, s }: { c: number; s: number }) => {
    offset = s - (c + Date.now()) / 2;
  });
  player.onMessage('cue', (cue: { kind: string; round: number; trial: number; at: number }) => {
    if (cue.kind !== 'stimulus') return;
    const pressAt = cue.at - offset + 230; // 230 ms after the stimulus, in local time
    setTimeout(() => player.send('answer', { round: cue.round, data: { trial: cue.trial, rtMs: 230 } }), Math.max(0, pressAt - Date.now()));
  });
  player.onMessage('ack', () => {});
  const standings: { round: number; score: number }[] = [];
  player.onMessage('standing', (s: { round: number; score: number }) => standings.push(s));
  await waitFor(player, 'welcome').catch(() => undefined);
  for (let i = 0; i < 5; i++) player.send('time', { c: Date.now() });
  host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 1 }] });
  await new Promise((r) => setTimeout(r, 300));
  host.send('start');
  await phase(host, 'reveal');
  // With players seated, ending needs {confirmed: true} (PROTOCOL.md §3); a server of the
  // previous release (the upgrade test) takes `end` without a payload and refuses one.
  host.send('end', { confirmed: true });
  await phase(host, 'podium', 3000).catch(() => host.send('end'));
  await phase(host, 'podium');
  const score = standings.at(-1)?.score ?? 0;
  await player.leave();
  await host.leave();
  return { code: hostWelcome.code, score };
}

/** The company's session reports with every round's results (ACCOUNTS-API: /api/reports). */
export async function allResults(url: string): Promise<unknown[]> {
  const headers = await signInTrainer(url);
  const list = (await (await fetch(`${url}/api/reports/sessions?limit=200`, { headers })).json()) as { sessions: { id: string }[] };
  const out: unknown[] = [];
  for (const s of list.sessions) out.push(await (await fetch(`${url}/api/reports/sessions/${s.id}`, { headers })).json());
  return out;
}
