import { randomInt } from 'node:crypto';
import { defineRoom, defineServer, Room, type Client } from '@colyseus/core';
import { Encoder, schema, t, type SchemaType } from '@colyseus/schema';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { reaktion } from '../../shared/games/reaktion/index.ts';

// The reference for `npm run bench`: a bare Colyseus 0.18 room and nothing else — a map of
// players, answer → score → ack. It sends the same cues on the same timeline as a Reaktion
// round (the game's own pure schedule), so the same bots answer it in the same pattern;
// no phases, no judging, no database. Run as its own process: PORT=… node --import tsx bare-server.ts

const BarePlayer = schema({ name: t.string().default(''), score: t.number().default(0) }, 'BarePlayer');
/** State of the bare room; the bench's bots decode it (full bots) like our SessionState. */
export const BareState = schema({ round: t.int16().default(-1), players: t.map(BarePlayer) }, 'BareState');
export type BareState = SchemaType<typeof BareState>;

export const BARE_ROOM = 'bare';
/** Reaktion level the cues follow (the bench's playlist plays level 1). */
const LEVEL = 1;
/** Same as our server: rooms of 1,000+ players overflow the default 8 KB encode buffer. */
Encoder.BUFFER_SIZE = 256 * 1024;

const codes = new Map<string, string>();

class BareRoom extends Room<{ state: BareState }> {
  override state = new BareState();
  private code = '';
  private timers: NodeJS.Timeout[] = [];

  override onCreate() {
    this.maxClients = 100_000;
    do this.code = String(randomInt(100_000, 1_000_000));
    while (codes.has(this.code));
    codes.set(this.code, this.roomId);
    this.onMessage('answer', (client, m: { round?: unknown; data?: { trial?: unknown; rtMs?: unknown } }) => {
      const player = this.state.players.get(client.sessionId);
      if (!player) return;
      const rtMs = typeof m?.data?.rtMs === 'number' ? m.data.rtMs : 1000;
      player.score += Math.max(0, 1000 - Math.round(rtMs));
      client.send('ack', { round: m?.round, trial: m?.data?.trial, outcome: 'hit' });
    });
    // The bench's driver starts each round; cues go out like a Reaktion round's.
    this.onMessage('start', (_client, m: { round?: unknown }) => this.playRound(Number(m?.round) || 0));
    this.onMessage('*', () => {});
  }

  override onJoin(client: Client, options: { role?: string; nickname?: string }) {
    if (options?.role === 'host') {
      client.send('welcome', { code: this.code });
      return;
    }
    this.state.players.set(client.sessionId, new BarePlayer({ name: String(options?.nickname ?? '') }));
    client.send('welcome', { code: this.code, playerId: client.sessionId });
  }

  override onLeave(client: Client) {
    this.state.players.delete(client.sessionId);
  }

  override onDispose() {
    for (const timer of this.timers) clearTimeout(timer);
    codes.delete(this.code);
  }

  private playRound(index: number) {
    const round = reaktion.createRound(randomInt(0, 2 ** 31), LEVEL);
    const startedAt = Date.now();
    this.state.round = index;
    for (const cue of reaktion.cues(round)) {
      this.timers.push(setTimeout(() => this.broadcast('cue', { round: index, at: startedAt + cue.atMs, ...cue.data }), cue.atMs - cue.leadMs));
    }
    this.timers.push(setTimeout(() => this.broadcast('roundEnd', { round: index }), reaktion.playDurationMs(round)));
  }
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT);
  const transport = new WebSocketTransport();
  const server = defineServer({
    transport,
    greet: false,
    gracefullyShutdown: false,
    rooms: { [BARE_ROOM]: defineRoom(BareRoom) },
    express: (app) => {
      app.get('/health', (_req, res) => res.json({ status: 'ok' }));
      // The same code look-up as ours, so the bots join both the same way.
      app.get('/api/sessions/:code', (req, res) => {
        const roomId = codes.get(req.params.code);
        if (roomId) res.json({ roomId });
        else res.status(404).json({ error: 'SESSION_NOT_FOUND' });
      });
    },
  });
  await server.listen(port, '127.0.0.1');
  process.on('SIGTERM', () => process.exit(0));
  process.on('SIGINT', () => process.exit(0));
}

if (process.argv[1]?.endsWith('bare-server.ts')) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
