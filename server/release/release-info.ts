// What a release build knows about itself. Set once by the release entry before the
// server modules load; null when the server runs from the sources (`npm start`, tests).

export interface ReleaseInfo {
  /** The app's version (package.json at build time). */
  version: string;
  /** The web client's build id (dist/client/build-id.txt at build time). */
  buildId: string;
}

let current: ReleaseInfo | null = null;

/** Called by server/release/release-main.ts only. */
export function setReleaseInfo(info: ReleaseInfo): void {
  current = info;
}

/** The running release, or null when running from the sources. */
export function releaseInfo(): ReleaseInfo | null {
  return current;
}
