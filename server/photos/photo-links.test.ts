import { describe, expect, it } from 'vitest';
import { linkPhotos, PhotoLinks } from './photo-links.ts';

const ID = '0b7c7e4e-1f0a-4c55-9a3e-2d9a8f1c0e11';

describe('photo links', () => {
  const links = new PhotoLinks(Buffer.alloc(32, 7));

  it('a link opens its photo and variant until it expires; any change breaks it', () => {
    const url = new URL(links.url(ID, 'phone', 2000), 'http://x');
    const e = url.searchParams.get('e');
    const t = url.searchParams.get('t');
    expect(url.pathname).toBe(`/api/task-photos/${ID}/phone`);
    expect(links.check(ID, 'phone', e, t, 1999)).toBe(true);
    expect(links.check(ID, 'phone', e, t, 2001)).toBe(false);
    expect(links.check(ID, 'projector', e, t, 1999)).toBe(false);
    expect(links.check(ID.replace('0b', '0c'), 'phone', e, t, 1999)).toBe(false);
    expect(links.check(ID, 'phone', '3000', t, 1999)).toBe(false);
    expect(links.check(ID, 'phone', e, `${t?.slice(0, 31)}A`, 1999)).toBe(t?.endsWith('A') ?? false);
    expect(links.check(ID, 'phone', [e], t, 1999)).toBe(false);
    expect(new PhotoLinks(Buffer.alloc(32, 8)).check(ID, 'phone', e, t, 1999)).toBe(false);
  });

  it('fills in both links of every task photo of a public round, nothing else', () => {
    const pub = { level: 1, tasks: [{ kind: 'spot', photo: { id: ID } }, { kind: 'number' }] };
    const out = linkPhotos(pub, links, 5000) as typeof pub & { tasks: { photo?: { phone: string; projector: string } }[] };
    expect(out.tasks[0]?.photo?.phone).toBe(links.url(ID, 'phone', 5000));
    expect(out.tasks[0]?.photo?.projector).toBe(links.url(ID, 'projector', 5000));
    expect(out.tasks[1]).toEqual({ kind: 'number' });
    expect(linkPhotos('x', links, 1)).toBe('x');
  });
});
