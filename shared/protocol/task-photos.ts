// Shapes and limits of the task-photo HTTP API (docs/ACCOUNTS-API.md, "Task photos") that
// server and client share.

/** Limits of one upload; the server checks each before it decodes a pixel. */
export const PHOTO_LIMITS = {
  /** Largest upload in bytes (more → 413 PHOTO_TOO_LARGE, read no further). */
  maxBytes: 10 * 1024 * 1024,
  /** Largest pixel count from the header (more → 422 PHOTO_TOO_MANY_PIXELS, never decoded). */
  maxPixels: 40_000_000,
  /** Largest side in pixels from the header. */
  maxSide: 12_000,
  /** Longest side of the stored projector variant, in pixels. */
  projectorSide: 1600,
  /** Longest side of the stored phone variant, in pixels. */
  phoneSide: 720,
  /** What the phone variant aims at, in bytes (quality steps down until it fits). */
  phoneTargetBytes: 150 * 1024,
} as const;

/** The two stored variants: `projector` (≤ 1600 px) and `phone` (about 150 KB). */
export type PhotoVariant = 'projector' | 'phone';

/** What an upload answers (201) and what the editor keeps in a task (`photo: id`). */
export interface TaskPhoto {
  id: string;
  /** Size of the projector variant in pixels (after turning upright). */
  width: number;
  height: number;
  /** Stored bytes of both variants (what the quota counts). */
  bytes: number;
}

/** `GET /api/task-photos/usage`: the company's photo storage in bytes. */
export interface PhotoUsage {
  usedBytes: number;
  quotaBytes: number;
}
