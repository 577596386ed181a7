/**
 * `regroup help [COMMAND]`, `regroup COMMAND --help` and the synopsis after a usage error, in the
 * translator's language and wrapped to the terminal. Everything comes from the command table
 * (commands.ts) and the catalogue (`cli.help.*`); the man page (man-page.ts) reads the same.
 */
import { LANGUAGE_NAMES, LOCALES, type Translator } from '../core/i18n';
import {
  COMMANDS,
  commandSpec,
  GLOBAL_ENV,
  GLOBAL_OPTIONS,
  optionLabel,
  type CommandName,
  type CommandSpec,
} from './commands';
import type { Terminal } from './terminal';
import { displayWidth, padTo, wrap } from '../core/text/width';

const INDENT = '  ';

/** `en (English), de (Deutsch), ...`: the languages with their own names. */
export function languageList(): string {
  return LOCALES.map((locale) => `${locale} (${LANGUAGE_NAMES[locale]})`).join(', ');
}

/** Terms and their explanations: the term on its own line when it is too wide for a column. */
function definitions(items: ReadonlyArray<[string, string]>, columns: number): string[] {
  const termWidth = Math.min(26, Math.max(...items.map(([term]) => displayWidth(term))));
  const textWidth = Math.max(30, columns - INDENT.length - termWidth - 2);
  const pad = ' '.repeat(INDENT.length + termWidth + 2);
  return items.flatMap(([term, text]) => {
    const lines = wrap(text, textWidth);
    if (displayWidth(term) > termWidth)
      return [`${INDENT}${term}`, ...lines.map((l) => `${pad}${l}`)];
    return lines.map((l, i) => (i ? `${pad}${l}` : `${INDENT}${padTo(term, termWidth)}  ${l}`));
  });
}

/** A command line too long for the terminal, broken before an option, the rest indented. */
function synopsisLines(line: string, columns: number): string[] {
  const parts = line.split(/ (?=\[)/);
  const lines: string[] = [];
  let current = INDENT;
  for (const part of parts) {
    const next = current.trim() ? `${current} ${part}` : `${current}${part}`;
    if (current.trim() && displayWidth(next) > columns) {
      lines.push(current);
      current = `${INDENT}${INDENT}${INDENT}${part}`;
    } else current = next;
  }
  return [...lines, current];
}

/** The usage lines: every command's, or one command's. */
export function synopsis(tr: Translator, command: CommandName | null, columns = 80): string {
  const specs = command ? COMMANDS.filter((c) => c.name === command) : COMMANDS;
  return [
    tr.t('cli.usage.heading'),
    ...specs.flatMap((c) => c.synopsis.flatMap((line) => synopsisLines(line, columns))),
  ].join('\n');
}

/** `regroup help`: what each command does, how to get more, languages and exit codes. */
function overview(tr: Translator, terminal: Terminal): string {
  return [
    synopsis(tr, null, terminal.columns),
    '',
    tr.t('cli.help.heading.commands'),
    ...definitions(
      COMMANDS.map((c) => [c.name, tr.t(c.summary)]),
      terminal.columns,
    ),
    '',
    ...wrap(tr.t('cli.help.more', { command: 'regroup help COMMAND' }), terminal.columns),
    '',
    ...wrap(
      tr.t('cli.usage.language', {
        option: '--lang LANGUAGE',
        languages: languageList(),
        variables: 'LC_ALL, LC_MESSAGES, LANG',
      }),
      terminal.columns,
    ),
    '',
    ...wrap(tr.t('cli.usage.exitCodes'), terminal.columns),
  ].join('\n');
}

/** One command's help: what it does, its options and variables, two examples. */
function commandHelp(spec: CommandSpec, tr: Translator, terminal: Terminal): string {
  const options: Array<[string, string]> = [...spec.options, ...GLOBAL_OPTIONS].map((o) => [
    optionLabel(o),
    tr.t(o.help),
  ]);
  if (spec.operand) options.push([spec.operand.name, tr.t(spec.operand.help)]);
  const env: Array<[string, string]> = [...spec.env, ...GLOBAL_ENV].map((e) => [
    e.name,
    tr.t(e.help),
  ]);
  return [
    synopsis(tr, spec.name, terminal.columns),
    '',
    ...wrap(tr.t(spec.summary), terminal.columns),
    '',
    tr.t('cli.help.heading.options'),
    ...definitions(options, terminal.columns),
    '',
    tr.t('cli.help.heading.environment'),
    ...definitions(env, terminal.columns),
    '',
    tr.t('cli.help.heading.examples'),
    ...spec.examples.flatMap((e) => [
      `${INDENT}${e.command}`,
      ...wrap(tr.t(e.help), terminal.columns - 2 * INDENT.length).map(
        (l) => `${INDENT}${INDENT}${l}`,
      ),
    ]),
  ].join('\n');
}

export function helpText(tr: Translator, terminal: Terminal, topic: CommandName | null): string {
  const spec = topic ? commandSpec(topic) : undefined;
  return spec ? commandHelp(spec, tr, terminal) : overview(tr, terminal);
}
