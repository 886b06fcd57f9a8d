import { SimBox, type SimCredential } from '../box/sim-box.ts';
import { boxReactionMs, type BoxFleetCommand, type BoxFleetMessage } from './box-fleet.ts';

// The bench's simulated boxes in a process of their own (box-fleet.ts): their downlink parsing,
// signature checks and timers do not share an event loop with the phone bots whose ack
// latency is measured (a real phone shares none with 60 boxes).

const boxes: SimBox[] = [];
const reply = (m: BoxFleetMessage) => process.send?.(m);

async function start(url: string, code: string, creds: SimCredential[]): Promise<void> {
  for (const [i, cred] of creds.entries()) {
    const box = new SimBox(cred, { url, mode: 'stimulus', reactionMs: boxReactionMs(i) });
    await box.connect();
    await box.sync(5);
    box.hello(code);
    boxes.push(box);
  }
}

// Messages that arrive before a listener exists are lost: the parent waits for 'up' before it sends.
process.on('message', (m: BoxFleetCommand) => {
  if (m.cmd === 'start') {
    start(m.url, m.code, m.creds).then(() => reply({ type: 'ready' }), (err: Error) => reply({ type: 'fatal', message: err.message }));
  } else if (m.cmd === 'collect') {
    const presses = boxes.flatMap((b) => b.presses.map((p) => ({ round: p.round, ackMs: p.ackAt === undefined ? null : p.ackAt - p.sentAt })));
    void Promise.all(boxes.map((b) => b.close())).then(() => reply({ type: 'presses', presses }));
  }
});
reply({ type: 'up' });
