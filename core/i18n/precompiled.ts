/**
 * The window's stand-in for `@formatjs/icu-messageformat-parser` (the renderer build resolves the
 * package here; the CLI, the main process and the tests use the real parser). intl-messageformat
 * parses each message on first use; in the window `parse` instead returns elements made at build
 * time (precompile.ts, from the same catalogue files: one source of truth), or builds those of a
 * plain or `{name}`-only message itself (simple.ts). The parser and its number-skeleton parser
 * were 8.3 KB of the window's first load (gzip) of 105 KB; the 30 English messages with plural,
 * select or quoting cost 1.1 KB as elements (issue 14: first load <= 100 KB).
 *
 * The pseudo-locale, a developer's check, turns catalogues into new ICU text at run time: its
 * chunk hands the real parser over (`useParser`) and is the only place it is loaded.
 */
import type { MessageFormatElement, ParserOptions } from '@formatjs/icu-messageformat-parser';
import { simpleElements } from './simple';

export * from '@formatjs/icu-messageformat-parser/no-parser.js';

type Parse = (source: string, options?: ParserOptions) => MessageFormatElement[];

const compiled = new Map<string, MessageFormatElement[]>();
let parser: Parse | null = null;

/** Elements made at build time, with their ICU text (a catalogue area file registers its own). */
export function registerParsed(
  table: ReadonlyArray<readonly [source: string, elements: MessageFormatElement[]]>,
): void {
  for (const [source, elements] of table) compiled.set(source, elements);
}

/** The real parser, for text made at run time (the pseudo-locale's chunk); null: none. */
export function useParser(real: Parse | null): void {
  parser = real;
}

export function parse(source: string, options?: ParserOptions): MessageFormatElement[] {
  const elements = compiled.get(source) ?? simpleElements(source);
  if (elements) return elements;
  if (parser) return parser(source, options);
  throw new Error(`A message not compiled at build time: ${source}`);
}
