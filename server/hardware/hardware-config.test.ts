import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { parseHardwareConfig } from './hardware-config.ts';

describe('hardware settings', () => {
  it('are off by default; HARDWARE=on starts the embedded broker on 1883 at HOST', () => {
    expect(parseHardwareConfig({}, '0.0.0.0')).toMatchObject({ enabled: false, mqttUrl: null });
    expect(parseHardwareConfig({ HARDWARE: 'on' }, '192.168.1.5')).toMatchObject({ enabled: true, mqttUrl: null, mqttPort: 1883, mqttHost: '192.168.1.5' });
    expect(parseHardwareConfig({ HARDWARE: 'ON', MQTT_PORT: '0', MQTT_HOST: '127.0.0.1' }, '0.0.0.0')).toMatchObject({ enabled: true, mqttPort: 0, mqttHost: '127.0.0.1' });
  });

  it('turn on with MQTT_URL unless HARDWARE=off', () => {
    expect(parseHardwareConfig({ MQTT_URL: 'mqtt://127.0.0.1:1883' }, '0.0.0.0')).toMatchObject({ enabled: true, mqttUrl: 'mqtt://127.0.0.1:1883' });
    expect(parseHardwareConfig({ MQTT_URL: 'mqtts://broker:8883', HARDWARE: 'off' }, '0.0.0.0').enabled).toBe(false);
  });

  it('refuse bad values with a clear message (through loadConfig as a ConfigError)', () => {
    expect(() => loadConfig({ HARDWARE: 'yes' })).toThrow(/HARDWARE must be "on" or "off"/);
    expect(() => loadConfig({ MQTT_URL: 'http://x' })).toThrow(/MQTT_URL must start with mqtt: or mqtts:/);
    expect(() => loadConfig({ MQTT_URL: '::' })).toThrow(/MQTT_URL is not a valid URL/);
    expect(() => loadConfig({ HARDWARE: 'on', MQTT_PORT: '70000' })).toThrow(/MQTT_PORT must be a port number/);
    expect(loadConfig({}).hardware.enabled).toBe(false);
    expect(() => loadConfig({ HARDWARE: 'on', REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(/single server process/);
  });
});
