import { describe, expect, it } from 'vitest';
import { isValidFilter, MQTT_ITEMS, subscriberCredit, SUBSCRIBERS, topicMatches } from './mqtt.ts';
import { createRound } from './rules.ts';

describe('level 5: MQTT topic filters (MQTT 3.1.1 §4.7)', () => {
  it('matches the examples of the standard', () => {
    // §4.7.1.2
    for (const t of ['sport/tennis/player1', 'sport/tennis/player1/ranking', 'sport/tennis/player1/score/wimbledon']) {
      expect(topicMatches('sport/tennis/player1/#', t), t).toBe(true);
    }
    expect(topicMatches('sport/#', 'sport')).toBe(true);
    expect(topicMatches('#', 'sport/tennis')).toBe(true);
    // §4.7.1.3
    expect(topicMatches('sport/tennis/+', 'sport/tennis/player1')).toBe(true);
    expect(topicMatches('sport/tennis/+', 'sport/tennis/player1/ranking')).toBe(false);
    expect(topicMatches('sport/+', 'sport')).toBe(false);
    expect(topicMatches('sport/+', 'sport/')).toBe(true);
    expect(topicMatches('+/+', '/finance')).toBe(true);
    expect(topicMatches('/+', '/finance')).toBe(true);
    expect(topicMatches('+', '/finance')).toBe(false);
    // §4.7.2 and §4.7.3
    expect(topicMatches('#', '$SYS/x')).toBe(false);
    expect(topicMatches('$SYS/#', '$SYS/x')).toBe(true);
    expect(topicMatches('Werk1/halle2', 'werk1/halle2')).toBe(false);
  });

  it('refuses invalid filters (wildcard not alone in its level, "#" not last)', () => {
    for (const f of ['sport/tennis#', 'sport/tennis/#/ranking', 'sport+', 'a/+b', '']) expect(isValidFilter(f), f).toBe(false);
    for (const f of ['sport/tennis/#', '+', '#', '+/tennis/#', 'a//b']) expect(isValidFilter(f), f).toBe(true);
    expect(topicMatches('werk1/#/temp', 'werk1/halle1/temp')).toBe(false);
  });

  it('every message has six subscribers, two to four of them receive it', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const round = createRound(seed, 5);
      expect(round.items).toHaveLength(MQTT_ITEMS);
      for (const msg of round.items) {
        expect(msg.truth.filters).toHaveLength(SUBSCRIBERS);
        const receivers = msg.truth.filters.filter((f: string) => topicMatches(f, msg.truth.topic)).length;
        expect(receivers).toBeGreaterThanOrEqual(2);
        expect(receivers).toBeLessThanOrEqual(4);
        expect(msg.show.filters).toBe(msg.truth.filters.join(' '));
      }
    }
  });

  it('credit: found receivers minus tapped non-receivers (shares); all or none is 0', () => {
    const mask = 0b000101;
    expect(subscriberCredit(mask, mask)).toBe(1);
    expect(subscriberCredit(mask, 0)).toBe(0);
    expect(subscriberCredit(mask, 0b111111)).toBe(0);
    expect(subscriberCredit(mask, 0b000001)).toBe(0.5);
    expect(subscriberCredit(mask, 0b111010)).toBe(-1);
    expect(subscriberCredit(mask, 0b001101)).toBe(0.75);
  });
});
