// The buzzer box settings (docs/HARDWARE.md §Setup), read from the environment once:
//   HARDWARE   on | off (default off). With MQTT_URL set, hardware is on unless HARDWARE=off.
//   MQTT_URL   an external broker (mqtt:// or mqtts://); the platform still trusts none of it.
//   MQTT_PORT  the embedded broker's port when MQTT_URL is unset (default 1883).
//   MQTT_HOST  the embedded broker's interface (default: HOST, the web server's).
//   MQTT_USERNAME / MQTT_PASSWORD  the server's own login at an external broker, if it needs one.

export interface HardwareConfig {
  enabled: boolean;
  /** External broker, or null for the embedded one. */
  mqttUrl: string | null;
  mqttPort: number;
  mqttHost: string;
  mqttUsername: string | null;
  mqttPassword: string | null;
}

export class HardwareConfigError extends Error {}

/** Reads the hardware settings; throws HardwareConfigError with a readable message. */
export function parseHardwareConfig(env: NodeJS.ProcessEnv, host: string): HardwareConfig {
  const flag = (env.HARDWARE ?? '').trim().toLowerCase();
  if (flag !== '' && flag !== 'on' && flag !== 'off') throw new HardwareConfigError(`HARDWARE must be "on" or "off", got "${env.HARDWARE}".`);
  const url = env.MQTT_URL || null;
  if (url) {
    let protocol = '';
    try {
      protocol = new URL(url).protocol;
    } catch {
      throw new HardwareConfigError(`MQTT_URL is not a valid URL: "${url}".`);
    }
    if (protocol !== 'mqtt:' && protocol !== 'mqtts:') throw new HardwareConfigError(`MQTT_URL must start with mqtt: or mqtts:, got "${protocol}".`);
  }
  const rawPort = env.MQTT_PORT;
  const port = rawPort === undefined || rawPort === '' ? 1883 : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new HardwareConfigError(`MQTT_PORT must be a port number from 0 to 65535, got "${rawPort}".`);
  return {
    enabled: flag === 'on' || (flag === '' && url !== null),
    mqttUrl: url,
    mqttPort: port,
    mqttHost: env.MQTT_HOST || host,
    mqttUsername: env.MQTT_USERNAME || null,
    mqttPassword: env.MQTT_PASSWORD || null,
  };
}
