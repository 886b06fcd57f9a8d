import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createRng } from '../../shared/core/rng.ts';
import { BOX_MODES, type BoxMode } from '../../shared/protocol/hardware.ts';
import { SimBox, type SimCredential } from './sim-box.ts';

// `npm run box -- --code 123456 [--boxes N] [--mode stimulus|button]`: simulated buzzer boxes
// that pair with a hosted session and play Reaktion (docs/HARDWARE.md §Simulator).
// Credentials come from --credentials (a JSON list a trainer's POST /api/boxes answers made);
// with --server, --login and --password the script issues missing ones itself and saves them.

const HELP = `Simulierte Buzzer-Boxen / simulated buzzer boxes

  npm run box -- --code 123456 [--boxes 3] [--mode stimulus|button] [--rt 250]
                 [--url mqtt://127.0.0.1:1883] [--credentials boxes.json]
                 [--server http://localhost:2567 --login trainer --password …]

  --code         Sitzungscode (six digits) of the hosted session
  --boxes        how many boxes (default 1)
  --mode         stimulus: the box lights its own LED and times itself (default);
                 button: the stimulus is on the phones/projector, the box reports its press time
  --rt           mean simulated reaction time in ms (default 260)
  --url          broker (default: MQTT_URL, else mqtt://127.0.0.1:1883, the embedded broker's default)
  --credentials  JSON file with [{boxId, companyId, secret}] (default: arcade-boxes.json)
  --server/--login/--password  issue missing credentials as this trainer and save them`;

async function issue(server: string, login: string, password: string, n: number): Promise<SimCredential[]> {
  const origin = new URL(server).origin;
  const res = await fetch(`${origin}/api/auth/login`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
  if (res.status !== 200) throw new Error(`Anmeldung fehlgeschlagen / sign-in failed (${res.status})`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const out: SimCredential[] = [];
  for (let i = 0; i < n; i++) {
    const r = await fetch(`${origin}/api/boxes`, { method: 'POST', headers: { origin, cookie, 'content-type': 'application/json' }, body: JSON.stringify({ label: `Sim-Box ${i + 1}` }) });
    const body = (await r.json()) as { credential?: SimCredential; error?: string };
    if (!body.credential) throw new Error(`Box nicht angelegt / box not issued: ${body.error ?? r.status}`);
    out.push(body.credential);
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      code: { type: 'string' }, boxes: { type: 'string', default: '1' }, mode: { type: 'string', default: 'stimulus' }, rt: { type: 'string', default: '260' },
      url: { type: 'string' }, credentials: { type: 'string', default: 'arcade-boxes.json' }, server: { type: 'string' }, login: { type: 'string' }, password: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.boxes);
  const meanRt = Number(values.rt);
  if (values.help || !values.code || !/^\d{6}$/.test(values.code) || !Number.isInteger(n) || n < 1 || n > 200 || !BOX_MODES.includes(values.mode as BoxMode) || !(meanRt >= 100 && meanRt <= 1500)) {
    console.log(HELP);
    process.exit(values.help ? 0 : 2);
  }
  let creds: SimCredential[] = existsSync(values.credentials) ? (JSON.parse(readFileSync(values.credentials, 'utf8')) as SimCredential[]) : [];
  if (creds.length < n) {
    if (!values.server || !values.login || !values.password) throw new Error(`${values.credentials} holds ${creds.length} credential(s), ${n} needed: pass --server, --login and --password to issue them.`);
    creds = [...creds, ...(await issue(values.server, values.login, values.password, n - creds.length))];
    writeFileSync(values.credentials, JSON.stringify(creds, null, 2), { mode: 0o600 });
    console.log(`Zugangsdaten gespeichert / credentials saved: ${values.credentials}`);
  }
  const url = values.url ?? process.env.MQTT_URL ?? 'mqtt://127.0.0.1:1883';
  const rng = createRng(Date.now() % 2 ** 31);
  const boxes = creds.slice(0, n).map((cred) => new SimBox(cred, {
    url, mode: values.mode as BoxMode,
    // A plausible person: mean ± 25 %, uniformly.
    reactionMs: () => Math.round(meanRt * (0.75 + rng.next() * 0.5)),
  }));
  for (const [i, box] of boxes.entries()) {
    const name = `box ${i + 1} (${box.cred.boxId.slice(0, 8)})`;
    await box.connect();
    const rtt = await box.sync(8);
    console.log(`${name}: verbunden / connected, clock offset ${box.offsetMs?.toFixed(1)} ms, min RTT ${rtt.toFixed(1)} ms`);
    box.waitFor((m) => {
      if (m.t === 'status') console.log(`${name}: ${m.state}${m.name ? ` as "${m.name}"` : ''}`);
      if (m.t === 'ack') console.log(`${name}: trial ${m.trial} → ${m.outcome}${m.rtMs !== null ? ` ${m.rtMs} ms` : ''}${m.error ? ` (${m.error})` : ''}`);
      if (m.t === 'error') console.log(`${name}: refused ${m.code}${m.ref ? ` (${m.ref})` : ''}`);
      return false;
    }, 2 ** 31 - 1).catch(() => {});
    box.hello(values.code);
  }
  console.log('Warte auf "Buzzer koppeln" in der Lobby … (Strg+C beendet) / waiting for the host to admit the boxes (Ctrl+C ends)');
  process.on('SIGINT', () => {
    for (const b of boxes) b.send({ t: 'bye' });
    void Promise.all(boxes.map((b) => b.close())).then(() => process.exit(0));
  });
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
