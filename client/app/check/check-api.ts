import type { NetworkWarning } from '../../../shared/protocol/network-warnings.ts';

// The connection check's HTTP calls (server/http/check-routes.ts).

export interface CheckArrival {
  n: number;
  device: string;
  rttMs: number;
  at: number;
}

export interface CheckInfo {
  warning: NetworkWarning | null;
  joinUrls: string[];
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
  return (await res.json()) as T;
}

export const checkApi = {
  info: async (): Promise<CheckInfo> => json(await fetch('/api/check/info', { cache: 'no-store' })),
  open: async (): Promise<string> => (await json<{ id: string }>(await fetch('/api/check', { method: 'POST' }))).id,
  arrivals: async (id: string): Promise<CheckArrival[]> => (await json<{ arrivals: CheckArrival[] }>(await fetch(`/api/check/${encodeURIComponent(id)}`, { cache: 'no-store' }))).arrivals,
  /** One round trip to the server, ms (performance.now on both ends of the request). */
  async ping(id: string): Promise<number> {
    const start = performance.now();
    await json(await fetch(`/api/check/${encodeURIComponent(id)}/ping`, { cache: 'no-store' }));
    return performance.now() - start;
  },
  arrive: async (id: string, phone: string, device: string, samples: number[]): Promise<CheckArrival> =>
    json(await fetch(`/api/check/${encodeURIComponent(id)}/arrive`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone, device, samples }) })),
};

/** "Android · Chrome", "iPhone · Safari", … from the user agent (nothing more precise). */
export function deviceLabel(ua: string = navigator.userAgent): string {
  const os = /iPhone/.test(ua) ? 'iPhone' : /iPad/.test(ua) ? 'iPad' : /Android/.test(ua) ? 'Android' : /Windows/.test(ua) ? 'Windows' : /Mac OS/.test(ua) ? 'Mac' : /Linux/.test(ua) ? 'Linux' : '?';
  const browser = /EdgA?\//.test(ua) ? 'Edge' : /SamsungBrowser/.test(ua) ? 'Samsung Internet' : /Firefox|FxiOS/.test(ua) ? 'Firefox' : /Chrome|CriOS|Chromium/.test(ua) ? 'Chrome' : /Safari/.test(ua) ? 'Safari' : '?';
  return `${os} · ${browser}`;
}
