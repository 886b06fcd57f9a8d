import type { AnyGameDefinition, JudgeContext, JudgeOutcome, RoundFigures, RoundScore, ScoreContext } from '../../shared/games/types.ts';

/** One running round of a game: the secret round data and each player's answers. */
export class RoundRunner {
  readonly round: unknown;
  /** Seats connected at some time during play: only they get a result. */
  readonly present = new Set<string>();
  private readonly players = new Map<string, unknown>();

  constructor(
    readonly game: AnyGameDefinition,
    readonly index: number,
    readonly level: number,
    readonly seed: number,
    readonly startedAt: number,
    /** Stored content to play (a game with `authored`), else the game's own level. */
    content?: unknown,
  ) {
    this.round = content !== undefined && game.authored ? game.authored.createRoundWith(seed, level, content) : game.createRound(seed, level);
  }

  private player(id: string): unknown {
    let p = this.players.get(id);
    if (p === undefined) {
      p = this.game.newPlayer(this.round);
      this.players.set(id, p);
    }
    return p;
  }

  /** Judges an untrusted answer with the game's rules and keeps the new player state. */
  judge(playerId: string, data: unknown, ctx: JudgeContext): JudgeOutcome<unknown> {
    const outcome = this.game.judge(this.round, this.player(playerId), data, ctx);
    this.players.set(playerId, outcome.player);
    return outcome;
  }

  answered(playerId: string): number {
    return this.game.answered(this.round, this.player(playerId));
  }

  isDone(playerId: string): boolean {
    return this.game.isDone(this.round, this.player(playerId));
  }

  /** Score and, for a game with the figures hook, the figures the trainer's reports show (null without). */
  score(playerId: string, ctx?: ScoreContext): RoundScore & { figures: RoundFigures | null } {
    const player = this.player(playerId);
    return { ...this.game.score(this.round, player, ctx), figures: this.game.figures?.of(this.round, player, ctx) ?? null };
  }
}
