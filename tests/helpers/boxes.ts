import { SimBox, type SimBoxOptions, type SimCredential } from '../../scripts/box/sim-box.ts';
import type { BoxDown } from '../../shared/protocol/hardware.ts';
import { until, type Bot } from './bots.ts';

// Buzzer boxes in tests: credentials issued through the trainer API, simulated boxes paired
// through the host's lobby (the same steps a trainer takes).

/** Issues `n` box credentials through POST /api/boxes with a signed-in trainer's headers. */
export async function issueBoxes(url: string, headers: Record<string, string>, labels: string[]): Promise<SimCredential[]> {
  const out: SimCredential[] = [];
  for (const label of labels) {
    const res = await fetch(`${url}/api/boxes`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ label }) });
    const body = (await res.json()) as { credential?: SimCredential };
    if (res.status !== 201 || !body.credential) throw new Error(`box not issued: ${res.status} ${JSON.stringify(body)}`);
    out.push(body.credential);
  }
  return out;
}

export const isStatus = (state: string) => (m: BoxDown): m is Extract<BoxDown, { t: 'status' }> => m.t === 'status' && m.state === state;
export const isError = (code: string) => (m: BoxDown): m is Extract<BoxDown, { t: 'error' }> => m.t === 'error' && m.code === code;

/** Connects, syncs and asks to join; the host admits it from the lobby list. Returns the box's player id. */
export async function pairBox(host: Bot, box: SimBox, code: string): Promise<string> {
  await box.connect();
  await box.sync(8);
  box.hello(code);
  await box.waitFor(isStatus('pending'));
  const id = box.cred.boxId;
  await host.next('boxes', (p) => p.boxes.some((b: any) => b.boxId === id && b.state === 'pending'), 10_000);
  host.send('box', { action: 'admit', boxId: id });
  await box.waitFor(isStatus('admitted'));
  const listed = await host.next('boxes', (p) => p.boxes.some((b: any) => b.boxId === id && b.state === 'admitted'), 10_000);
  // The host's command was taken without a refusal.
  if (host.of('error').some((e) => e.type === 'box')) throw new Error(`box command refused: ${JSON.stringify(host.of('error'))}`);
  const playerId = listed.boxes.find((b: any) => b.boxId === id).playerId as string;
  // The `boxes` message comes at once, the host's state patch with the seat a tick later.
  await until(() => host.state.players?.get(playerId) !== undefined, 10_000, `box ${id} in the host's player list`);
  return playerId;
}

export function simBox(cred: SimCredential, opts: SimBoxOptions): SimBox {
  return new SimBox(cred, opts);
}
