import { describe, expect, it } from 'vitest';
import { boxServerInfo, type Hardware } from './start-hardware.ts';

// What the trainer's box screen learns of the hardware side: off, or where boxes connect,
// never the external broker's login.

const hw = (over: Partial<Hardware>) => ({ broker: null, brokerUrl: '', boundHost: null, ...over }) as unknown as Hardware;

describe('boxServerInfo', () => {
  it('off: says so', () => {
    expect(boxServerInfo(null, 'http://192.168.1.20:8080')).toEqual({ on: false, broker: null });
  });

  it('embedded broker on all interfaces: the join cards\' address and the broker\'s port; on one interface: that one', () => {
    const broker = { port: 1883 } as Hardware['broker'];
    expect(boxServerInfo(hw({ broker, brokerUrl: 'mqtt://127.0.0.1:1883' }), 'http://192.168.1.20:8080')).toEqual({ on: true, broker: { host: '192.168.1.20', port: 1883, embedded: true } });
    expect(boxServerInfo(hw({ broker, boundHost: '10.0.0.5' }), 'http://192.168.1.20:8080').broker?.host).toBe('10.0.0.5');
  });

  it('external broker: host and port only, never its user or password', () => {
    const info = boxServerInfo(hw({ brokerUrl: 'mqtts://arcade:s3cret@broker.example:8884' }), 'http://x');
    expect(info).toEqual({ on: true, broker: { host: 'broker.example', port: 8884, embedded: false } });
    expect(JSON.stringify(info)).not.toContain('s3cret');
    expect(boxServerInfo(hw({ brokerUrl: 'mqtt://[::1]' }), 'http://x').broker).toEqual({ host: '::1', port: 1883, embedded: false });
  });
});
