/**
 * Readers for Windows `whoami` output: `/groups /fo csv /nh` (what Regroup runs), and the table
 * (`/groups`, `/all`) and `/fo list` layouts people paste. Everything whoami prints is localized
 * except SIDs, so rows are found by the SID shape and by the structure (column positions taken
 * from the `=` line, blocks of `label: value` lines), never by a label. The reader survives the
 * damage of real pastes: stripped or extra padding, doubled or one-space blank lines, mojibake,
 * console wrapping at 80 columns, missing headers, rows cut by the author.
 */

export interface WhoamiGroup {
  sid: string;
  /** `BUILTIN\Users`, `LAB\Finance` ... as printed (localized); null when whoami printed none. */
  name: string | null;
  /** The localized type text (`Well-known group`, `Alias`, `已知组` ...); empty when not printed. */
  type: string;
  /** The localized attribute text, as printed; empty for the integrity label. */
  attributes: string;
}

export interface WhoamiUser {
  name: string | null;
  sid: string;
}

export interface WhoamiReading {
  format: 'csv' | 'table' | 'list';
  /** The `USER INFORMATION` row, when the output holds one (`/all`, `/user`). */
  user: WhoamiUser | null;
  /** Every row of the group table, in order (integrity label included). */
  groups: WhoamiGroup[];
}

const SID_TOKEN = /(?<=^|\s)S-1-\d+(?:-\d+)+(?=\s|$)/g;
const SID_ONLY = /^S-1-\d+(?:-\d+)+$/;

/** Console cells of one character: East Asian wide and fullwidth characters take two. */
function charCells(code: number): number {
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function cellWidth(text: string): number {
  let cells = 0;
  for (const ch of text) cells += charCells(ch.codePointAt(0) ?? 0);
  return cells;
}

/** The string index at which `cells` console cells have been filled, or -1 when it falls mid-character. */
function indexAtCell(text: string, cells: number): number {
  let filled = 0;
  let index = 0;
  for (const ch of text) {
    if (filled === cells) return index;
    if (filled > cells) return -1;
    filled += charCells(ch.codePointAt(0) ?? 0);
    index += ch.length;
  }
  return filled === cells ? index : -1;
}

function normalizeLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

const isBlank = (line: string): boolean => line.trim() === '';

// ---------------------------------------------------------------- CSV

/** Splits one CSV record (`"a","b ""c""",d`); null when the quotes do not close. */
export function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    while (line[i] === ' ' || line[i] === '\t') i += 1;
    if (line[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= line.length) return null;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i += 1;
            break;
          }
        } else {
          field += line.charAt(i);
          i += 1;
        }
      }
      while (i < line.length && line[i] !== ',') i += 1;
    } else {
      while (i < line.length && line[i] !== ',') {
        field += line.charAt(i);
        i += 1;
      }
      field = field.trim();
    }
    fields.push(field);
    if (i >= line.length) return fields;
    i += 1; // the comma
  }
}

function readCsv(lines: string[]): WhoamiReading | null {
  const records = lines
    .filter((line) => line.trimStart().startsWith('"'))
    .map(splitCsvLine)
    .filter((r): r is string[] => r !== null);
  let user: WhoamiUser | null = null;
  const groups: WhoamiGroup[] = [];
  let seen = false;
  for (const fields of records) {
    const sidIndex = fields.findIndex((f) => SID_ONLY.test(f.trim()));
    if (sidIndex < 0) continue; // header row (localized) or another section
    seen = true;
    const sid = (fields[sidIndex] ?? '').trim();
    if (sidIndex === 1 && fields.length === 2) {
      user = { name: fields[0] || null, sid };
      continue;
    }
    groups.push({
      sid,
      name: sidIndex > 0 && fields[0] ? fields[0] : null,
      type: sidIndex > 1 ? fields.slice(1, sidIndex).join(',') : '',
      attributes: fields.slice(sidIndex + 1).join(','),
    });
  }
  return seen ? { format: 'csv', user, groups } : null;
}

// ---------------------------------------------------------------- /fo list

const LIST_SID_LINE = /^[^:：]+[:：]\s*S-1-\d+(?:-\d+)+\s*$/;

function listValue(line: string): string {
  const match = /[:：](.*)$/.exec(line);
  return match ? (match[1] ?? '').trim() : '';
}

function readList(lines: string[]): WhoamiReading | null {
  if (!lines.some((line) => LIST_SID_LINE.test(line))) return null;
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (block.length) blocks.push(block);
      block = [];
    } else {
      block.push(line);
    }
  }
  if (block.length) blocks.push(block);

  let user: WhoamiUser | null = null;
  const groups: WhoamiGroup[] = [];
  for (const lines_ of blocks) {
    const sidAt = lines_.findIndex((line) => LIST_SID_LINE.test(line));
    if (sidAt < 0) continue;
    const sid = listValue(lines_[sidAt] ?? '');
    if (sidAt === 1) {
      user = { name: listValue(lines_[0] ?? '') || null, sid };
    } else if (sidAt >= 2) {
      groups.push({
        sid,
        name: listValue(lines_[sidAt - 2] ?? '') || null,
        type: listValue(lines_[sidAt - 1] ?? ''),
        attributes: listValue(lines_[sidAt + 1] ?? ''),
      });
    }
  }
  return { format: 'list', user, groups };
}

// ---------------------------------------------------------------- table

interface Column {
  start: number;
  end: number;
}

const SEPARATOR = /^=+(?: =+)*\s*$/;

function columnsOf(separator: string): Column[] {
  const columns: Column[] = [];
  const re = /=+/g;
  for (let m = re.exec(separator); m; m = re.exec(separator)) {
    columns.push({ start: m.index, end: m.index + m[0].length });
  }
  return columns;
}

/** Splits the text before the SID into name and type: by the type column's position, else by the widest gap. */
function splitNameAndType(
  prefix: string,
  typeStart: number | null,
): { name: string; type: string } {
  const text = prefix.trimEnd();
  if (typeStart !== null) {
    const index = indexAtCell(text, typeStart);
    if (
      index > 0 &&
      index < text.length &&
      /\s/.test(text.charAt(index - 1)) &&
      !/\s/.test(text.charAt(index))
    ) {
      return { name: text.slice(0, index).trim(), type: text.slice(index).trim() };
    }
  }
  const gap = /^(.*?\S)?\s{2,}(\S(?:.*\S)?)$/.exec(text);
  if (gap?.[2] && !/\s{2,}/.test(gap[2])) return { name: (gap[1] ?? '').trim(), type: gap[2] };
  return { name: text.trim(), type: '' };
}

function findSid(line: string, sidStart: number | null): { sid: string; index: number } | null {
  const found = [...line.matchAll(SID_TOKEN)];
  if (found.length === 0) return null;
  const atColumn =
    sidStart === null
      ? undefined
      : found.find((m) => cellWidth(line.slice(0, m.index)) === sidStart);
  const match = atColumn ?? found[found.length > 1 && sidStart !== null ? found.length - 1 : 0];
  if (!match) return null;
  return { sid: match[0], index: match.index ?? 0 };
}

function groupRow(line: string, columns: Column[] | null): WhoamiGroup | null {
  const sidStart = columns?.[2]?.start ?? null;
  const found = findSid(line, sidStart);
  if (!found) return null;
  const prefix = line.slice(0, found.index);
  const { name, type } = splitNameAndType(prefix, columns?.[1]?.start ?? null);
  return {
    sid: found.sid,
    name: name === '' ? null : name,
    type,
    attributes: line.slice(found.index + found.sid.length).trim(),
  };
}

function readTable(lines: string[]): WhoamiReading {
  let user: WhoamiUser | null = null;
  const groups: WhoamiGroup[] = [];
  let sawGroupTable = false;
  for (let i = 0; i < lines.length; i += 1) {
    const current = lines[i] ?? '';
    if (!SEPARATOR.test(current.trimEnd()) || current.trim() === '') continue;
    let separator = current.trimEnd();
    // A separator wider than the console wraps: its tail is the next line, also all `=`.
    const next = lines[i + 1];
    if (next !== undefined && /^=+\s*$/.test(next)) {
      separator += next.trim();
      i += 1;
    }
    const columns = columnsOf(separator);
    // Rows run until the next section's underline (`---`), the next table, or the end.
    let last: WhoamiGroup | null = null;
    let previousBlank = false;
    for (let j = i + 1; j < lines.length; j += 1) {
      const line = lines[j] ?? '';
      if (/^-{3,}\s*$/.test(line) || (SEPARATOR.test(line.trimEnd()) && line.trim() !== '')) break;
      if (isBlank(line)) {
        previousBlank = true;
        continue;
      }
      if (columns.length === 2) {
        const found = findSid(line, columns[1]?.start ?? null);
        if (found && !user) {
          const name = line.slice(0, found.index).trim();
          user = { name: name === '' ? null : name, sid: found.sid };
        }
        continue;
      }
      if (columns.length < 4) continue;
      sawGroupTable = true;
      const row = groupRow(line, columns);
      if (row) {
        groups.push(row);
        last = row;
      } else if (last && !previousBlank) {
        // The console wrapped the row: this line continues its last cell.
        last.attributes += line.trim();
      } else {
        last = null;
      }
      previousBlank = false;
    }
  }
  if (!sawGroupTable) {
    // No group table header (a row cut out of a paste, `Select-String`): rows are lines with a SID
    // after some text, name and type split at the widest gap.
    for (const line of lines) {
      const row = groupRow(line, null);
      if (row && line.slice(0, line.indexOf(row.sid)).trim() !== '' && row.type !== '')
        groups.push(row);
    }
  }
  return { format: 'table', user, groups };
}

/** Reads any `whoami` output that holds groups (CSV, table or list, in any language). */
export function parseWhoami(text: string): WhoamiReading {
  const lines = normalizeLines(text);
  return readCsv(lines) ?? readList(lines) ?? readTable(lines);
}
