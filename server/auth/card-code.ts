import { randomInt } from 'node:crypto';
import { CARD_ALPHABET, CARD_CODE_LENGTH } from '../../shared/core/text.ts';

/** A new personal card code: 16 characters of a 32-letter alphabet = 80 random bits. */
export function newCardCode(): string {
  let code = '';
  for (let i = 0; i < CARD_CODE_LENGTH; i++) code += CARD_ALPHABET[randomInt(CARD_ALPHABET.length)];
  return code;
}
