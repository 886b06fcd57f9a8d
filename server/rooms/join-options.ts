import { ServerError } from '@colyseus/core';
import type { GameRegistry } from '../../shared/games/registry.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { MATCHMAKE_ERROR_CODE, type ErrorCode } from '../../shared/protocol/errors.ts';
import type { Role } from '../../shared/protocol/messages.ts';

export interface ParsedJoin {
  role: Role;
  lang: 'de' | 'en';
  nickname: unknown;
  key: string | null;
  gameId: string | null;
  level: number;
  practiceId: string | null;
  /** A card code as typed (checked by the room, which knows the company). */
  card: string | null;
  /** The device's anonymous id (removals shut it out too). */
  deviceId: string | null;
  /** Solo practice of a company's stored set (a game with authored content; needs the card of that company). */
  setId: string | null;
}

/** A refused join: the SDK rejects with code 400 and our error code as message. */
export function refuse(code: ErrorCode): ServerError {
  return new ServerError(MATCHMAKE_ERROR_CODE, code);
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
const SET_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Checks the shape of join options (not the room's rules) against the server's games; throws a refusal. */
export function parseJoinOptions(raw: unknown, buildId: string, games: GameRegistry): ParsedJoin {
  if (typeof raw !== 'object' || raw === null) throw refuse('JOIN_INVALID');
  const o = raw as Record<string, unknown>;
  if (o.protocol !== PROTOCOL_VERSION) throw refuse('VERSION_MISMATCH');
  if (o.build !== undefined && o.build !== buildId) throw refuse('VERSION_MISMATCH');
  if (o.role !== 'host' && o.role !== 'player') throw refuse('JOIN_INVALID');
  if (o.key !== undefined && (typeof o.key !== 'string' || !KEY_PATTERN.test(o.key))) throw refuse('JOIN_INVALID');
  if (o.practiceId !== undefined && (typeof o.practiceId !== 'string' || !KEY_PATTERN.test(o.practiceId))) throw refuse('JOIN_INVALID');
  if (o.device !== undefined && (typeof o.device !== 'string' || !KEY_PATTERN.test(o.device))) throw refuse('JOIN_INVALID');
  if (o.card !== undefined && (typeof o.card !== 'string' || o.card.length > 64)) throw refuse('CARD_INVALID');
  let gameId: string | null = null;
  let level = 1;
  if (o.gameId !== undefined) {
    const game = games.find(o.gameId);
    if (!game) throw refuse('JOIN_INVALID');
    gameId = game.id;
    level = o.level === undefined ? (game.levels[0] ?? 1) : (o.level as number);
    if (!game.levels.includes(level)) throw refuse('JOIN_INVALID');
  }
  // A stored set only for a solo room's player of a game that plays stored content.
  const setId = o.setId === undefined ? null : o.setId;
  if (setId !== null && (typeof setId !== 'string' || !SET_ID_PATTERN.test(setId) || o.role !== 'player' || !gameId || !games.find(gameId)?.authored)) throw refuse('JOIN_INVALID');
  return {
    role: o.role,
    lang: o.lang === 'en' ? 'en' : 'de',
    nickname: o.nickname,
    key: (o.key as string | undefined) ?? null,
    gameId,
    level,
    practiceId: (o.practiceId as string | undefined) ?? null,
    card: (o.card as string | undefined) ?? null,
    deviceId: (o.device as string | undefined) ?? null,
    setId,
  };
}
