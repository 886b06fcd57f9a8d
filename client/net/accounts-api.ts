import type { Period } from '../../shared/boards/rules.ts';
import type { Lang } from '../../shared/protocol/errors.ts';
import type { Apprentice } from '../../shared/protocol/accounts.ts';
import type { ApprenticeCoverage, CoverageMatrix } from '../../shared/protocol/coverage.ts';
import type { TradeId } from '../../shared/games/trades.ts';
import type { BoardEntry } from '../../shared/protocol/messages.ts';
import type { HistoryRow, LevelSummary, ReportRound, SessionReport, SessionSummary } from '../../shared/protocol/reports.ts';
import { requestJson } from './api.ts';

// The accounts HTTP API of docs/ACCOUNTS-API.md (companies, trainers, apprentices, boards,
// reports), typed for the trainer screens. Errors arrive as ApiError with the server's code.

export type TrainerRole = 'admin' | 'trainer' | 'platform';

export interface TrainerInfo { id: string; login: string; displayName: string; role: TrainerRole; disabled: boolean }
export interface Me { trainer: TrainerInfo; company: { id: string; name: string } | null }

export type { Apprentice };
export interface ApprenticeInput { displayName: string; trade: string; trainingYear: number; tradeId?: TradeId | null }
/** A coverage group as the query takes it: trade 'all' | 'none' | a trade id, year 'all' | '1'…'4'. */
export interface CoverageGroupQuery { trade: string; year: string }
export interface IssuedCard { code: string; joinUrl: string }

export type BoardPeriod = Period;
export type { BoardEntry };
export interface Board { game: string; period: BoardPeriod; from: string | null; minRounds: number; total: number; entries: BoardEntry[]; me: BoardEntry | null }

export interface GameRecord { gameId: string; rounds: number; best: number; median: number }
/** `games` per game; `levels` per game and level with the learning curve; `history` oldest first. */
export interface ApprenticeRecord { apprentice: Apprentice; games: GameRecord[]; levels: LevelSummary[]; history: HistoryRow[] }

export type { LevelSummary, SessionSummary, SessionReport };
export type RoundReport = ReportRound;

export interface CompanySettings { id: string; name: string; guestRetentionDays: number | null }
export interface PlatformCompany { id: string; name: string; createdAt: string; disabled: boolean; trainers: number }

const get = <T>(path: string) => requestJson<T>('GET', `/api${path}`);
const post = <T>(path: string, body: unknown = {}) => requestJson<T>('POST', `/api${path}`, body);
const id = (value: string) => encodeURIComponent(value);

export const accountsApi = {
  setupNeeded: async () => (await get<{ setupNeeded: boolean }>('/setup')).setupNeeded,
  setup: (body: { company: string; login: string; displayName?: string; password: string }) => post<Me>('/setup', body),
  login: (login: string, password: string) => post<Me>('/auth/login', { login, password }),
  logout: () => post<{ ok: true }>('/auth/logout'),
  me: () => get<Me>('/auth/me'),

  trainers: async () => (await get<{ trainers: TrainerInfo[] }>('/trainers')).trainers,
  createTrainer: (body: { login: string; displayName?: string; password: string; role?: 'admin' | 'trainer' }) => post<{ trainer: TrainerInfo }>('/trainers', body),
  setTrainerDisabled: (trainerId: string, disabled: boolean) => post<{ trainer: TrainerInfo }>(`/trainers/${id(trainerId)}/${disabled ? 'disable' : 'enable'}`),
  resetPassword: (trainerId: string, password: string) => post<{ trainer: TrainerInfo }>(`/trainers/${id(trainerId)}/reset-password`, { password }),

  apprentices: async () => (await get<{ apprentices: Apprentice[] }>('/apprentices')).apprentices,
  createApprentice: async (body: ApprenticeInput) => (await post<{ apprentice: Apprentice }>('/apprentices', body)).apprentice,
  updateApprentice: async (apprenticeId: string, body: ApprenticeInput) => (await post<{ apprentice: Apprentice }>(`/apprentices/${id(apprenticeId)}`, body)).apprentice,
  issueCard: (apprenticeId: string) => post<{ apprentice: Apprentice; card: IssuedCard }>(`/apprentices/${id(apprenticeId)}/card`),
  revokeCard: async (apprenticeId: string) => (await post<{ apprentice: Apprentice }>(`/apprentices/${id(apprenticeId)}/card/revoke`)).apprentice,
  deleteApprentice: (apprenticeId: string) => post<{ deleted: true }>(`/apprentices/${id(apprenticeId)}/delete`),
  record: (apprenticeId: string) => get<ApprenticeRecord>(`/apprentices/${id(apprenticeId)}/record`),

  coverage: (apprenticeId: string) => get<ApprenticeCoverage>(`/apprentices/${id(apprenticeId)}/coverage`),
  coverageMatrix: (g: CoverageGroupQuery) => get<CoverageMatrix>(`/coverage?${new URLSearchParams({ trade: g.trade, year: g.year })}`),

  board: (game: string, period: BoardPeriod, limit = 100) => get<Board>(`/boards?${new URLSearchParams({ game, period, limit: String(limit) })}`),

  sessions: async (limit = 50) => (await get<{ sessions: SessionSummary[] }>(`/reports/sessions?limit=${limit}`)).sessions,
  session: (sessionId: string) => get<SessionReport>(`/reports/sessions/${id(sessionId)}`),

  company: async () => (await get<{ company: CompanySettings }>('/company')).company,
  saveCompanySettings: async (settings: { name?: string; guestRetentionDays?: number | null }) => (await post<{ company: CompanySettings }>('/company/settings', settings)).company,

  companies: async () => (await get<{ companies: PlatformCompany[] }>('/platform/companies')).companies,
  createCompany: (body: { company: string; login: string; displayName?: string; password: string }) => post<{ company: PlatformCompany }>('/platform/companies', body),
  setCompanyDisabled: (companyId: string, disabled: boolean) => post<{ company: PlatformCompany }>(`/platform/companies/${id(companyId)}/${disabled ? 'disable' : 'enable'}`),
  /** Erases a disabled company for good; `confirm` is its name typed (review N9). */
  eraseCompany: (companyId: string, confirm: string) => post<{ erased: { trainers: number; apprentices: number; sessions: number; taskSets: number } }>(`/platform/companies/${id(companyId)}/erase`, { confirm }),
};

/** Download addresses (fetched, then saved: client/net/download.ts; CSV, XLSX, PDF, ZIP, JSON export). A CSV's column
 * heads and game names come in the page's language (`lang`), not the browser's. */
export const downloadUrl = {
  sessionCsv: (sessionId: string, lang: Lang) => `/api/reports/sessions/${id(sessionId)}/csv?lang=${lang}`,
  sessionXlsx: (sessionId: string, lang: Lang) => `/api/reports/sessions/${id(sessionId)}/xlsx?lang=${lang}`,
  recordCsv: (apprenticeId: string, lang: Lang) => `/api/apprentices/${id(apprenticeId)}/record.csv?lang=${lang}`,
  recordXlsx: (apprenticeId: string, lang: Lang) => `/api/apprentices/${id(apprenticeId)}/record.xlsx?lang=${lang}`,
  coverageCsv: (g: CoverageGroupQuery, lang: Lang) => `/api/coverage.csv?${new URLSearchParams({ trade: g.trade, year: g.year, lang })}`,
  export: (apprenticeId: string) => `/api/apprentices/${id(apprenticeId)}/export`,
  /** Record-book supplement; `query` holds from, to, scores and lang (record-book.ts). */
  recordBookPdf: (apprenticeId: string, query: string) => `/api/apprentices/${id(apprenticeId)}/record-book.pdf?${query}`,
  /** A ZIP of supplements for these apprentices (none: all of the company). */
  recordBookZip: (apprenticeIds: readonly string[], query: string) => `/api/reports/record-book.zip?${apprenticeIds.length > 0 ? `ids=${apprenticeIds.map(id).join(',')}&` : ''}${query}`,
};
