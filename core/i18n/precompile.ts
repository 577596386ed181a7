/**
 * Build time: the ICU elements of a catalogue's messages that need the parser (plural, select,
 * number, quoting), as intl-messageformat would parse them in `locale` (`ignoreTag`, as the
 * translator asks). The window's build puts them next to the messages (precompiled.ts); plain and
 * `{name}`-only messages are left out, the window builds those itself (simple.ts).
 */
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { isSimple } from './simple';

export function precompile(
  messages: Readonly<Record<string, string>>,
  locale: string,
): Record<string, MessageFormatElement[]> {
  const out: Record<string, MessageFormatElement[]> = {};
  for (const source of Object.values(messages)) {
    if (isSimple(source) || source in out) continue;
    out[source] = parse(source, { ignoreTag: true, locale: new Intl.Locale(locale) });
  }
  return out;
}
