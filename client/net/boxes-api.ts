import type { BoxServerInfo } from '../../shared/protocol/hardware.ts';
import { requestJson } from './api.ts';

// The trainer's buzzer boxes (docs/HARDWARE.md §Credentials): list, add (the credential comes
// in this one answer and never again), revoke, and remove (admins: the box and its keys are
// deleted; results played with it stay).

export interface BoxInfo { id: string; label: string; createdAt: string; revoked: boolean }
/** What goes into the box's firmware (or `npm run box`'s credentials file). */
export interface BoxCredential { boxId: string; companyId: string; secret: string }
export type { BoxServerInfo };

export const boxesApi = {
  list: () => requestJson<{ boxes: BoxInfo[]; hardware: BoxServerInfo }>('GET', '/api/boxes'),
  create: (label: string) => requestJson<{ box: BoxInfo; credential: BoxCredential }>('POST', '/api/boxes', { label }),
  revoke: (boxId: string) => requestJson<{ ok: true }>('POST', `/api/boxes/${encodeURIComponent(boxId)}/revoke`),
  remove: (boxId: string) => requestJson<{ ok: true }>('POST', `/api/boxes/${encodeURIComponent(boxId)}/delete`),
};
