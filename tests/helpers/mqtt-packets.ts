/**
 * An MQTT packet of `bodyBytes` body bytes (filler): type byte (default 0x30, a QoS 0
 * PUBLISH), the "remaining length" varint (MQTT 3.1.1 §2.2.3), the body.
 */
export function mqttPacket(bodyBytes: number, type = 0x30): Buffer {
  const len: number[] = [];
  let n = bodyBytes;
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    len.push(b);
  } while (n > 0);
  return Buffer.concat([Buffer.from([type, ...len]), Buffer.alloc(bodyBytes, 7)]);
}
