/**
 * What the terminal the CLI writes to can show: its width in columns and whether colour is
 * wanted. Decided once, from the stream and the environment, by `terminalFrom`; everything that
 * lays out text takes a `Terminal` so tests can ask for 80 or 120 columns, with or without colour.
 *
 * Colour follows the conventions people set: `NO_COLOR` (any non-empty value) turns it off,
 * `FORCE_COLOR` turns it on (`0` or `false` off) even through a pipe; otherwise only a TTY gets it.
 * The width is the TTY's, else `COLUMNS`, else 80.
 */
export interface Terminal {
  columns: number;
  colour: boolean;
}

export const DEFAULT_COLUMNS = 80;

export function terminalFrom(
  stream: { isTTY?: boolean; columns?: number },
  env: Readonly<Record<string, string | undefined>>,
): Terminal {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const columns =
    stream.isTTY && stream.columns && stream.columns > 0
      ? stream.columns
      : fromEnv > 0
        ? fromEnv
        : DEFAULT_COLUMNS;
  let colour = Boolean(stream.isTTY);
  const force = env.FORCE_COLOR;
  if (force !== undefined) colour = force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) colour = false;
  return { columns, colour };
}

export type Tone = 'expired' | 'expiring';

const TONES: Record<Tone, string> = { expired: '\u001b[31m', expiring: '\u001b[33m' };

/** The codes `paint` writes, captured (for `split`): ESC [ 31 m, ESC [ 33 m, ESC [ 39 m. */
const PAINT_CODES = new RegExp(`(${String.fromCharCode(27)}\\[(?:31|33|39)m)`);

/**
 * Text for this terminal, every control from data made visible by `escape` (terminal-safe.ts),
 * except the colour codes `paint` wrote when the terminal wants colour. Those three codes only
 * set and reset the foreground colour; nothing else that drives a terminal gets through.
 */
export function shownOn(
  terminal: Terminal,
  text: string,
  escape: (text: string) => string,
): string {
  if (!terminal.colour) return escape(text);
  return text
    .split(PAINT_CODES)
    .map((part, i) => (i % 2 ? part : escape(part)))
    .join('');
}

/** `text` without the colour codes `paint` adds. */
export function withoutColour(text: string): string {
  // eslint-disable-next-line no-control-regex -- the escape character is what is removed
  return text.replace(/\u001b\[\d+m/g, '');
}

/** `text` in the tone's colour when the terminal wants colour; as it is otherwise. */
export function paint(terminal: Terminal, tone: Tone | null, text: string): string {
  return terminal.colour && tone ? `${TONES[tone]}${text}\u001b[39m` : text;
}
