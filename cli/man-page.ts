/**
 * The man page `regroup.1`, written from the same command table (commands.ts) and catalogue
 * (`cli.help.*`) as `regroup help`, so the two cannot disagree. roff `man` macros; every text
 * from the catalogue is escaped (a leading dot or quote, backslashes, hyphens in options).
 * `scripts/man-page.mjs` writes it to docs/regroup.1; a test checks the file is current.
 */
import type { Translator } from '../core/i18n';
import { COMMANDS, GLOBAL_ENV, GLOBAL_OPTIONS, optionLabel, type OptionSpec } from './commands';
import { languageList } from './help';

/** Text as roff shows it: backslashes doubled, `-` as a real minus, no control line starts. */
function roff(text: string): string {
  const escaped = text.replace(/\\/g, '\\e').replace(/-/g, '\\-');
  return /^[.']/.test(escaped) ? `\\&${escaped}` : escaped;
}

const item = (term: string, text: string): string[] => ['.TP', `.B ${roff(term)}`, roff(text)];

function options(tr: Translator, list: readonly OptionSpec[]): string[] {
  return list.flatMap((o) => item(optionLabel(o), tr.t(o.help)));
}

export function manPage(tr: Translator, version: string): string {
  const lines = [
    `.TH REGROUP 1 "" "regroup ${roff(version)}" "User Commands"`,
    '.SH NAME',
    `regroup \\- ${roff(tr.t('cli.help.refresh.summary'))}`,
    '.SH SYNOPSIS',
    '.nf',
    ...COMMANDS.flatMap((c) => c.synopsis.map(roff)),
    '.fi',
    '.SH DESCRIPTION',
    roff(
      tr.t('cli.usage.language', {
        option: '--lang LANGUAGE',
        languages: languageList(),
        variables: 'LC_ALL, LC_MESSAGES, LANG',
      }),
    ),
    '.SH COMMANDS',
  ];
  for (const command of COMMANDS) {
    lines.push(`.SS ${roff(command.name)}`, '.nf', ...command.synopsis.map(roff), '.fi');
    lines.push('.PP', roff(tr.t(command.summary)));
    lines.push(...options(tr, command.options));
    if (command.operand) lines.push(...item(command.operand.name, tr.t(command.operand.help)));
    lines.push(...command.env.flatMap((e) => item(e.name, tr.t(e.help))));
    for (const example of command.examples)
      lines.push(
        '.PP',
        roff(tr.t(example.help)),
        '.RS',
        '.nf',
        roff(example.command),
        '.fi',
        '.RE',
      );
  }
  lines.push('.SH OPTIONS', ...options(tr, GLOBAL_OPTIONS));
  lines.push('.SH ENVIRONMENT', ...GLOBAL_ENV.flatMap((e) => item(e.name, tr.t(e.help))));
  lines.push('.SH EXIT STATUS', roff(tr.t('cli.usage.exitCodes')));
  return `${lines.join('\n')}\n`;
}
