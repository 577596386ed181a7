/**
 * What reaches the terminal from data (ticket and group names, a pasted file, a tool's words) must
 * not drive the terminal: C0 controls (ESC starts a sequence that can clear the screen or retitle
 * the window), DEL, C1 controls (U+009B is a one-character CSI for some terminals) and the bidi
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069, which reorder what is read).
 *
 * Human output shows each as a visible escape (`\x1B`, `\u202E`); newlines and tabs of our own
 * layout stay. JSON output keeps the same data, written as JSON `\u` escapes (JSON.stringify
 * already escapes C0; C1 and the bidi controls it leaves raw).
 */

// eslint-disable-next-line no-control-regex
export const FOR_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const FOR_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const hex = (ch: string, width: number): string =>
  ch.charCodeAt(0).toString(16).toUpperCase().padStart(width, '0');

/** Text for a terminal: every control but `\n` and `\t` shown as `\xHH` or `\uHHHH`. */
export function forTerminal(text: string): string {
  return text.replace(FOR_TERMINAL, (ch) =>
    ch.charCodeAt(0) <= 0xff ? `\\x${hex(ch, 2)}` : `\\u${hex(ch, 4)}`,
  );
}

/** JSON text (from JSON.stringify) with the controls it leaves raw written as `\uHHHH`. */
export function jsonForTerminal(json: string): string {
  return json.replace(FOR_JSON, (ch) => `\\u${hex(ch, 4).toLowerCase()}`);
}
