/**
 * The `regroup` command line, read into a typed command. Unknown options, missing values and
 * conflicting choices are usage errors (exit code 2) with a sentence saying what to type instead.
 *
 * Reading the arguments needs no language: a usage error carries a Message, which `runCli`
 * formats in the person's language. `--lang` is taken out first (`takeLanguage`), because the
 * language must be known before anything else is said, usage errors included.
 */
import type { ParseFormat } from '../core/kerberos/parse';
import { LANGUAGE_NAMES, LOCALES, msg, type Message, type Translator } from '../core/i18n';

/** The command lines, as typed; not translated (see `usage`). */
const SYNOPSIS = [
  'regroup list [--computer] [--json]',
  'regroup refresh --user [--verify] [--dc HOST] [--password-stdin] [--force] [--json]',
  'regroup refresh --computer [--gpupdate] [--force] [--json]',
  'regroup parse [--format auto|windows|mit|heimdal] [FILE|-] [--json]',
  'regroup groups [--dc HOST] [--json]',
  'regroup helper install|remove|status [--json]',
  'regroup --help | --version',
];

/** `en (English), de (Deutsch), ...`: the languages with their own names. */
function languageList(): string {
  return LOCALES.map((locale) => `${locale} (${LANGUAGE_NAMES[locale]})`).join(', ');
}

/** The usage text in `tr`'s language. */
export function usage(tr: Translator): string {
  return [
    tr.t('cli.usage.heading'),
    ...SYNOPSIS.map((line) => `  ${line}`),
    '',
    tr.t('cli.usage.language', {
      option: '--lang LANGUAGE',
      languages: languageList(),
      variables: 'LC_ALL, LC_MESSAGES, LANG',
    }),
    '',
    tr.t('cli.usage.exitCodes'),
  ].join('\n');
}

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'list'; computer: boolean; json: boolean }
  | {
      name: 'refresh';
      scope: 'user' | 'computer';
      gpupdate: boolean;
      force: boolean;
      verify: boolean;
      dc: string | null;
      passwordStdin: boolean;
      json: boolean;
    }
  | { name: 'parse'; format: ParseFormat; file: string; json: boolean }
  | { name: 'groups'; dc: string | null; json: boolean }
  | { name: 'helper'; action: HelperAction; json: boolean };

/** `regroup helper ...`: the Windows helper's scheduled tasks (run by IT, elevated). */
export type HelperAction = 'install' | 'remove' | 'status';
const HELPER_ACTIONS: readonly HelperAction[] = ['install', 'remove', 'status'];

export class UsageError extends Error {
  constructor(readonly sentence: Message) {
    super(sentence.id);
    this.name = 'UsageError';
  }
}

const usageError = (...args: Parameters<typeof msg>): UsageError => new UsageError(msg(...args));

const HELP = 'regroup --help';
const FORMATS: readonly ParseFormat[] = ['auto', 'windows', 'mit', 'heimdal'];
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})$/;
const EXAMPLES: Readonly<Record<string, string>> = {
  '--dc': '--dc dc1.example.com',
  '--format': '--format windows',
  '--lang': '--lang de',
};

/**
 * Takes `--lang TAG` (or `--lang=TAG`) out of the arguments, wherever it stands: every command
 * accepts it. Returns the tag as typed (null without one) and the other arguments in order.
 */
export function takeLanguage(argv: readonly string[]): { language: string | null; rest: string[] } {
  let language: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word !== '--lang' && !word.startsWith('--lang=')) {
      rest.push(word);
      continue;
    }
    const value = word === '--lang' ? argv[++i] : word.slice('--lang='.length);
    if (value === undefined || value === '' || value.startsWith('--'))
      throw usageError('cli.usage.needsValue', {
        option: '--lang',
        example: EXAMPLES['--lang'] ?? '',
      });
    language = value;
  }
  return { language, rest };
}

/** The usage error for a `--lang` value that names no language Regroup speaks. */
export function unknownLanguage(language: string): UsageError {
  return usageError('cli.usage.badLanguage', {
    language,
    option: '--lang',
    languages: LOCALES.join(', '),
  });
}

/** Options each command accepts; a value option takes the next word. */
const ALLOWED: Record<string, { flags: string[]; values: string[] }> = {
  list: { flags: ['--computer', '--json'], values: [] },
  refresh: {
    flags: [
      '--user',
      '--computer',
      '--gpupdate',
      '--force',
      '--verify',
      '--password-stdin',
      '--json',
    ],
    values: ['--dc'],
  },
  parse: { flags: ['--json'], values: ['--format'] },
  groups: { flags: ['--json'], values: ['--dc'] },
  helper: { flags: ['--json'], values: [] },
};

export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help')
    return { name: 'help' };
  if (name === '--version' || name === '-v' || name === 'version') return { name: 'version' };
  const allowed = ALLOWED[name];
  if (!allowed) throw usageError('cli.usage.unknownCommand', { command: name, help: HELP });

  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] ?? '';
    const [option, inline] =
      word.startsWith('--') && word.includes('=') ? word.split(/=(.*)/s, 2) : [word, undefined];
    if (option === '--help' || option === '-h') return { name: 'help' };
    if (option === '-' || !option?.startsWith('-')) {
      positional.push(word);
    } else if (allowed.flags.includes(option)) {
      if (inline !== undefined) throw usageError('cli.usage.noValue', { option });
      flags.add(option);
    } else if (allowed.values.includes(option)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '')
        throw usageError('cli.usage.needsValue', { option, example: EXAMPLES[option] ?? option });
      values.set(option, value);
    } else {
      throw usageError('cli.usage.unknownOption', {
        command: `regroup ${name}`,
        option,
        help: HELP,
      });
    }
  }
  const json = flags.has('--json');
  const dc = values.get('--dc') ?? null;
  if (dc !== null && !HOST.test(dc))
    throw usageError('cli.usage.badHost', { host: dc, option: '--dc', example: 'dc1.example.com' });
  const extra = (command: string): UsageError =>
    usageError('cli.usage.extraWord', { command: `regroup ${command}`, word: positional[0] ?? '' });

  switch (name) {
    case 'list':
      if (positional.length) throw extra('list');
      return { name, computer: flags.has('--computer'), json };
    case 'refresh': {
      const user = flags.has('--user');
      const computer = flags.has('--computer');
      if (user === computer)
        throw usageError('cli.usage.refreshScope', {
          user: 'regroup refresh --user',
          computer: 'regroup refresh --computer',
        });
      if (positional.length) throw extra('refresh');
      if (computer && (flags.has('--verify') || flags.has('--password-stdin') || dc)) {
        throw usageError('cli.usage.userOnly', {
          verify: '--verify',
          dc: '--dc',
          passwordStdin: '--password-stdin',
          user: '--user',
        });
      }
      if (user && flags.has('--gpupdate'))
        throw usageError('cli.usage.computerOnly', {
          option: '--gpupdate',
          computer: '--computer',
        });
      if (dc && !flags.has('--verify'))
        throw usageError('cli.usage.dcNeedsVerify', {
          option: '--dc',
          verify: '--verify',
          groups: 'regroup groups',
        });
      return {
        name,
        scope: user ? 'user' : 'computer',
        gpupdate: flags.has('--gpupdate'),
        force: flags.has('--force'),
        verify: flags.has('--verify'),
        dc,
        passwordStdin: flags.has('--password-stdin'),
        json,
      };
    }
    case 'parse': {
      const format = (values.get('--format') ?? 'auto') as ParseFormat;
      if (!FORMATS.includes(format))
        throw usageError('cli.usage.badFormat', {
          option: '--format',
          formats: FORMATS.join(', '),
          format,
        });
      if (positional.length > 1)
        throw usageError('cli.usage.parseOneFile', { command: 'regroup parse', stdin: '-' });
      return { name, format, file: positional[0] ?? '-', json };
    }
    case 'helper': {
      const action = positional[0] as HelperAction | undefined;
      if (positional.length !== 1 || !action || !HELPER_ACTIONS.includes(action))
        throw usageError('cli.usage.helperAction', {
          command: 'regroup helper',
          actions: HELPER_ACTIONS.join(', '),
        });
      return { name, action, json };
    }
    default:
      if (positional.length) throw extra('groups');
      return { name: 'groups', dc, json };
  }
}
