/**
 * Text measured as a terminal shows it: East Asian wide characters (Chinese, Japanese, full-width
 * forms) take two columns, combining marks none (`string-width`). Tables and wrapped help are
 * laid out in these columns, so Japanese and Chinese rows line up with English ones. Shared by the
 * command line and the diagnosis report (which the window copies too).
 */
import stringWidth from 'string-width';

/**
 * Characters of one column each, alone and in any sequence: printable ASCII, Latin-1 but for the
 * two that are emoji (© ®) and the soft hyphen (no column), and the dashes, quotes, bullets and
 * ellipsis of General Punctuation.
 * No escape, control, combining, wide or emoji character, and none that joins others into one
 * (U+200D, U+FE0F, U+20E3 are outside). width.test.ts checks each against string-width.
 */
const ONE_COLUMN_CHARS =
  '\\x20-\\x7e\\u00a0-\\u00a8\\u00aa-\\u00ac\\u00af-\\u00ff\\u2010-\\u2027\\u2030-\\u203a';
export const ONE_COLUMN = new RegExp(`^[${ONE_COLUMN_CHARS}]*$`);

/**
 * Characters of two columns each, alone and in any sequence, as string-width counts them: CJK
 * punctuation (but the tone marks U+302A-U+302F, which join the character before), hiragana and
 * katakana (but the combining sound marks), CJK ideographs, Hangul syllables, full-width forms.
 * All are from U+3001 up; every one-column character above is below it. width.test.ts checks
 * each against string-width.
 */
const TWO_COLUMN_CHARS =
  '\\u3001-\\u3029\\u3030-\\u303e\\u3041-\\u3096\\u309b-\\u309e\\u30a1-\\u30fa\\u30fc-\\u30fe' +
  '\\u4e00-\\u9fff\\uac00-\\ud7a3\\uff01-\\uff60\\uffe0-\\uffe6';
export const ONE_OR_TWO_COLUMNS = new RegExp(`^[${ONE_COLUMN_CHARS}${TWO_COLUMN_CHARS}]*$`);

/**
 * Columns of `text`. Text of one- and two-column characters only (English, most German, French
 * and Spanish, the language names in the help, most Chinese and Japanese) is counted here:
 * string-width runs its ANSI and emoji expressions over every string, which was most of laying
 * out `regroup --help`, and it builds an Intl.Segmenter and its emoji expressions when it is
 * loaded, about 40 ms of a start (issue 14: start-up); the CLI loads it only for other text.
 */
export function displayWidth(text: string): number {
  if (ONE_COLUMN.test(text)) return text.length;
  if (!ONE_OR_TWO_COLUMNS.test(text)) return stringWidth(text);
  let width = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x3000) width++;
  return width;
}

/** `text` padded with spaces to `width` columns (never cut). */
export function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * `text` cut to at most `width` columns by taking characters out of its middle: the start (the
 * service) and the end (the realm) of a ticket's name are what tell tickets apart.
 */
export function cutMiddle(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? '…' : '';
  const chars = [...text];
  let head = '';
  let tail = '';
  let room = width - 1; // the ellipsis
  let front = 0;
  let back = chars.length - 1;
  // Alternate: one column from the front, one from the back, so both halves stay recognisable.
  for (let fromFront = true; front <= back; fromFront = !fromFront) {
    const next = fromFront ? (chars[front] ?? '') : (chars[back] ?? '');
    const w = displayWidth(next);
    if (w > room) break;
    room -= w;
    if (fromFront) {
      head += next;
      front++;
    } else {
      tail = next + tail;
      back--;
    }
  }
  return `${head}…${tail}`;
}

/** Words of `text` in lines of at most `width` columns (a word longer than that stays whole). */
export function wrap(text: string, width: number): string[] {
  // Chinese and Japanese have no spaces between words: break between any two wide characters.
  const words = text.split(
    /(?<=\s)|(?<=[\u3000-\u9fff\uff00-\uffef])(?=[\u3000-\u9fff\uff00-\uffef])/u,
  );
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && displayWidth((line + word).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** `text` wrapped to `columns`, its first line after `first`, the others after `rest` (hanging). */
export function hanging(text: string, columns: number, first = '', rest = first): string[] {
  const room = Math.max(20, columns - Math.max(displayWidth(first), displayWidth(rest)));
  return wrap(text, room).map((line, i) => `${i ? rest : first}${line}`);
}
