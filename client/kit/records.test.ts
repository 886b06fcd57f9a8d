import { describe, expect, it } from 'vitest';
import { dropRound, installRecordSink, recordList, recordValue, type RecordSink } from './records.ts';

// Games write records through the kit; the app decides where they go (its test hook).

describe('kit records', () => {
  it('gives a game the same live list on every call, so pushes land where tests read', () => {
    const a = recordList<number>('demo', 'trials');
    a.push(1);
    expect(recordList<number>('demo', 'trials')).toBe(a);
    expect(recordList<number>('demo', 'trials')).toEqual([1]);
    expect(recordList('demo', 'acks')).not.toBe(a);
  });

  it('sends lists and values to the sink the app installs', () => {
    const lists: Record<string, unknown[]> = {};
    const values: Record<string, unknown> = {};
    const sink: RecordSink = {
      list: (gameId, name) => (lists[`${gameId}.${name}`] ??= []),
      set: (key, value) => {
        values[key] = value;
      },
    };
    installRecordSink(sink);
    recordList<string>('reaktion', 'acks').push('x');
    recordValue('renderType', 2);
    expect(lists['reaktion.acks']).toEqual(['x']);
    expect(values).toEqual({ renderType: 2 });
  });

  it('drops one round in place, keeping the list object', () => {
    const list = [{ round: 0, n: 1 }, { round: 1, n: 2 }, { round: 0, n: 3 }, { n: 4 }];
    const same = list;
    dropRound(list, 0);
    expect(same).toBe(list);
    expect(list).toEqual([{ round: 1, n: 2 }, { n: 4 }]);
  });
});
