/**
 * A reader for the LDIF that `ldapsearch` prints: entries separated by blank lines, `attr: value`,
 * `attr:: base64` for binary or non-ASCII values, continuation lines starting with one space
 * (line folding at 76 columns unless `-o ldif-wrap=no`), `#` comments, `ref:` lines ignored.
 */

export interface LdifEntry {
  dn: string;
  /** Attribute names in lower case; values as bytes (text values are their UTF-8 bytes). */
  attributes: Map<string, Buffer[]>;
}

function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.startsWith(' ') && lines.length > 0 && lines[lines.length - 1] !== '') {
      lines[lines.length - 1] += raw.slice(1);
    } else {
      lines.push(raw);
    }
  }
  return lines;
}

export function parseLdif(text: string): LdifEntry[] {
  const entries: LdifEntry[] = [];
  let current: LdifEntry | null = null;
  for (const line of unfold(text)) {
    if (line.trim() === '') {
      current = null;
      continue;
    }
    if (line.startsWith('#')) continue;
    const match = /^([A-Za-z0-9][A-Za-z0-9;.-]*)(::?|:<)\s?(.*)$/.exec(line);
    if (!match) continue;
    const [, rawName = '', sep, rawValue = ''] = match;
    const name = rawName.toLowerCase();
    if (sep === ':<') continue;
    const value =
      sep === '::' ? Buffer.from(rawValue.trim(), 'base64') : Buffer.from(rawValue, 'utf8');
    if (name === 'dn') {
      current = { dn: value.toString('utf8'), attributes: new Map() };
      entries.push(current);
      continue;
    }
    if (!current) continue;
    const list = current.attributes.get(name) ?? [];
    list.push(value);
    current.attributes.set(name, list);
  }
  return entries;
}

/** The first value of `name` as text, or null. */
export function ldifText(entry: LdifEntry, name: string): string | null {
  const value = entry.attributes.get(name.toLowerCase())?.[0];
  return value === undefined ? null : value.toString('utf8');
}

export function ldifValues(entry: LdifEntry, name: string): Buffer[] {
  return entry.attributes.get(name.toLowerCase()) ?? [];
}
