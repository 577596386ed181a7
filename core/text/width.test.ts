/**
 * displayWidth counts one-column text by its length and hands everything else to `string-width`: the
 * two must agree wherever the shortcut is taken, and the shortcut must not be taken for text that
 * `string-width` measures differently (escapes, control characters, wide and combining ones).
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, ONE_COLUMN, ONE_OR_TWO_COLUMNS } from './width';

const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
/** Every character of the Basic Multilingual Plane that the shortcut takes. */
const SHORTCUT = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).filter(
  (char) => ONE_COLUMN.test(char) && !/[\ud800-\udfff]/.test(char),
);

/** Every character of the Basic Multilingual Plane that the shortcut counts as two columns. */
const WIDE = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).filter(
  (char) =>
    ONE_OR_TWO_COLUMNS.test(char) && !ONE_COLUMN.test(char) && !/[\ud800-\udfff]/.test(char),
);

describe('displayWidth', () => {
  it('gives every printable ASCII character, alone and in a line, the width string-width gives', () => {
    for (const char of PRINTABLE) expect(displayWidth(char), char).toBe(stringWidth(char));
    const line = PRINTABLE.join('');
    expect(displayWidth(line)).toBe(stringWidth(line));
    expect(displayWidth('regroup refresh --user [--verify] [--dc HOST]')).toBe(45);
    expect(displayWidth('')).toBe(0);
  });

  it('takes the shortcut only for characters string-width counts as one column, in any sequence', () => {
    expect(SHORTCUT.length).toBeGreaterThan(PRINTABLE.length);
    for (const char of SHORTCUT)
      expect(stringWidth(char), `U+${char.charCodeAt(0).toString(16)}`).toBe(1);
    const line = SHORTCUT.join('');
    expect(displayWidth(line)).toBe(stringWidth(line));
    const english = 'Refreshes group membership — without signing out… it’s quick · «done»';
    expect(displayWidth(english)).toBe(stringWidth(english));
    for (const special of [
      '©',
      '®',
      '\u200d',
      '\ufe0f',
      '\u20e3',
      '\u0301',
      '\u001b',
      '\u009b',
      '\u3000',
    ]) {
      expect(ONE_COLUMN.test(`a${special}b`), special).toBe(false);
    }
  });

  it('counts two columns only for characters string-width counts as two, in any sequence', () => {
    expect(WIDE.length).toBeGreaterThan(20_000);
    for (const char of WIDE) {
      expect(stringWidth(char), `U+${char.charCodeAt(0).toString(16)}`).toBe(2);
      expect(displayWidth(char)).toBe(2);
    }
    const mixed = `${WIDE.slice(0, 3000).join('')} ${SHORTCUT.join('')} 日本語 简体中文 グループ`;
    expect(displayWidth(mixed)).toBe(stringWidth(mixed));
    for (const special of ['\u302a', '\u3099', '\uff61', '\u1100', '\u3000']) {
      expect(ONE_OR_TWO_COLUMNS.test(`日${special}本`), special).toBe(false);
    }
  });

  it('measures what is not plain ASCII as string-width does', () => {
    const samples = [
      '\u001b[31mred\u001b[0m', // an escape sequence takes no columns
      'tab\there',
      'グループを更新', // wide: two columns each
      '刷新组成员身份',
      'e\u0301te\u0301', // combining accents take none
      'Gruppenmitgliedschaft ändern',
      'ticket 🎫 ok',
      '#️⃣',
    ];
    for (const text of samples) expect(displayWidth(text), text).toBe(stringWidth(text));
    expect(displayWidth('グループ')).toBe(8);
    expect(displayWidth('\u001b[31mred\u001b[0m')).toBe(3);
  });
});
