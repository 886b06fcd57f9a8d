import { describe, expect, it } from 'vitest';
import type { BoxAuth } from '../repositories/box-repository.ts';
import { BoxHub, type BoxRoomPort } from './box-hub.ts';

const box = (id: string, companyId: string): BoxAuth => ({ id, companyId, label: id, loginHash: '', signKey: '', revoked: false });

/** A room that records what reaches it. */
function room(code: string, companyId: string) {
  const got: string[] = [];
  const port: BoxRoomPort = {
    code: () => code,
    companyId: () => companyId,
    hello: (b) => (got.push(`hello ${b.id}`), null),
    receive: (b, msg) => (got.push(`${msg.t} ${b.id}`), null),
    release: (id, why) => void got.push(`release ${id} ${why}`),
  };
  return { port, got };
}

describe('box hub', () => {
  it('a box joins only a session of its own company, and acts only in the session it joined', () => {
    const hub = new BoxHub();
    const a = room('111111', 'company-a');
    const b = room('222222', 'company-b');
    const a2 = room('333333', 'company-a');
    for (const r of [a, b, a2]) hub.register(r.port);
    const boxA = box('box-1', 'company-a');
    expect(hub.hello(boxA, '222222', 'stimulus')).toBe('BOX_SESSION'); // B's session: refused, B learns nothing
    expect(hub.hello(boxA, '999999', 'stimulus')).toBe('BOX_SESSION');
    expect(hub.receive(boxA, { t: 'bye' }, 0)).toBe('BOX_NOT_ADMITTED');
    expect(hub.hello(boxA, '111111', 'button')).toBeNull();
    expect(hub.receive(boxA, { t: 'pong', s: 1 }, 0)).toBeNull();
    // Moving to another session of the company releases it from the first.
    expect(hub.hello(boxA, '333333', 'stimulus')).toBeNull();
    hub.receive(boxA, { t: 'bye' }, 0);
    expect(a.got).toEqual(['hello box-1', 'pong box-1', 'release box-1 moved']);
    expect(a2.got).toEqual(['hello box-1', 'bye box-1']);
    expect(b.got).toEqual([]);
  });

  it('revoking cuts the box off its room and the broker; a closed room takes no more boxes', () => {
    const hub = new BoxHub();
    const kicked: string[] = [];
    hub.onKick = (id) => void kicked.push(id);
    const a = room('111111', 'company-a');
    hub.register(a.port);
    const boxA = box('box-1', 'company-a');
    hub.hello(boxA, '111111', 'stimulus');
    hub.cutOff('box-1', 'revoked');
    expect(a.got.at(-1)).toBe('release box-1 revoked');
    expect(kicked).toEqual(['box-1']);
    expect(hub.receive(boxA, { t: 'bye' }, 0)).toBe('BOX_NOT_ADMITTED');
    hub.unregister(a.port);
    expect(hub.hello(boxA, '111111', 'stimulus')).toBe('BOX_SESSION');
  });
});
