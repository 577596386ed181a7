/**
 * What the `regroup` command line accepts, as data: each command's synopsis, options (for
 * `util.parseArgs` and for the help), environment variables and examples. The argument reader
 * (args.ts), `regroup help` (help.ts) and the man page (man-page.ts) all read this one table, so
 * the help cannot describe an option the reader does not take, nor miss one it does.
 *
 * Words for a person are message IDs of the catalogue (`cli.help.*`); what a person types
 * (commands, options, placeholders such as HOST, variable names) is not translated.
 */
import type { MessageId } from '../core/i18n';

export interface OptionSpec {
  /** The long name without dashes: `verify`, `password-stdin`. */
  name: string;
  type: 'boolean' | 'string';
  short?: string;
  /** The placeholder of a value option, as typed in the synopsis: `HOST`. */
  value?: string;
  help: MessageId;
}

export interface EnvSpec {
  /** One or more variable names, as typed: `REGROUP_KEYTAB`, `LC_ALL, LC_MESSAGES, LANG`. */
  name: string;
  help: MessageId;
}

export interface ExampleSpec {
  command: string;
  help: MessageId;
}

export type CommandName =
  'list' | 'refresh' | 'parse' | 'groups' | 'diagnose' | 'helper' | 'help' | 'version';

export interface CommandSpec {
  name: CommandName;
  synopsis: readonly string[];
  summary: MessageId;
  options: readonly OptionSpec[];
  /** A file or word after the options (`FILE|-`, `COMMAND`). */
  operand?: { name: string; help: MessageId };
  env: readonly EnvSpec[];
  examples: readonly [ExampleSpec, ExampleSpec];
}

const json: OptionSpec = { name: 'json', type: 'boolean', help: 'cli.help.option.json' };
const verbose: OptionSpec = {
  name: 'verbose',
  short: 'v',
  type: 'boolean',
  help: 'cli.help.option.verbose',
};
const dc: OptionSpec = { name: 'dc', type: 'string', value: 'HOST', help: 'cli.help.option.dc' };

/** Options every command takes. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'lang', type: 'string', value: 'LANGUAGE', help: 'cli.help.option.lang' },
  { name: 'help', short: 'h', type: 'boolean', help: 'cli.help.option.help' },
];

/** Environment variables every command reads. */
export const GLOBAL_ENV: readonly EnvSpec[] = [
  { name: 'LC_ALL, LC_MESSAGES, LANG', help: 'cli.help.env.language' },
  { name: 'NO_COLOR, FORCE_COLOR', help: 'cli.help.env.colour' },
  { name: 'COLUMNS', help: 'cli.help.env.columns' },
];

const REGROUP_DC: EnvSpec = { name: 'REGROUP_DC', help: 'cli.help.env.dc' };

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'list',
    synopsis: ['regroup list [--computer] [-v] [--json]'],
    summary: 'cli.help.list.summary',
    options: [
      { name: 'computer', type: 'boolean', help: 'cli.help.option.listComputer' },
      verbose,
      json,
    ],
    env: [],
    examples: [
      { command: 'regroup list', help: 'cli.help.list.example1' },
      { command: 'regroup list --computer -v', help: 'cli.help.list.example2' },
    ],
  },
  {
    name: 'refresh',
    synopsis: [
      'regroup refresh --user [--verify] [--dc HOST] [--password-stdin] [--force] [--json]',
      'regroup refresh --computer [--gpupdate] [--force] [--json]',
    ],
    summary: 'cli.help.refresh.summary',
    options: [
      { name: 'user', type: 'boolean', help: 'cli.help.option.user' },
      { name: 'computer', type: 'boolean', help: 'cli.help.option.refreshComputer' },
      { name: 'verify', type: 'boolean', help: 'cli.help.option.verify' },
      dc,
      { name: 'password-stdin', type: 'boolean', help: 'cli.help.option.passwordStdin' },
      { name: 'force', type: 'boolean', help: 'cli.help.option.force' },
      { name: 'gpupdate', type: 'boolean', help: 'cli.help.option.gpupdate' },
      json,
    ],
    env: [{ name: 'REGROUP_KEYTAB', help: 'cli.help.env.keytab' }, REGROUP_DC],
    examples: [
      { command: 'regroup refresh --user --verify', help: 'cli.help.refresh.example1' },
      { command: 'regroup refresh --computer --gpupdate', help: 'cli.help.refresh.example2' },
    ],
  },
  {
    name: 'parse',
    synopsis: [
      'regroup parse [--format auto|windows|mit|heimdal] [--encoding NAME] [-v] [FILE|-] [--json]',
    ],
    summary: 'cli.help.parse.summary',
    options: [
      { name: 'format', type: 'string', value: 'FORMAT', help: 'cli.help.option.format' },
      { name: 'encoding', type: 'string', value: 'NAME', help: 'cli.help.option.encoding' },
      verbose,
      json,
    ],
    operand: { name: 'FILE|-', help: 'cli.help.operand.file' },
    env: [],
    examples: [
      { command: 'regroup parse klist.txt', help: 'cli.help.parse.example1' },
      { command: 'regroup parse -v --encoding cp936 klist.txt', help: 'cli.help.parse.example2' },
    ],
  },
  {
    name: 'groups',
    synopsis: ['regroup groups [--dc HOST] [--json]'],
    summary: 'cli.help.groups.summary',
    options: [dc, json],
    env: [REGROUP_DC],
    examples: [
      { command: 'regroup groups', help: 'cli.help.groups.example1' },
      { command: 'regroup groups --dc dc1.example.com --json', help: 'cli.help.groups.example2' },
    ],
  },
  {
    name: 'diagnose',
    synopsis: ['regroup diagnose [--redact] [--json]'],
    summary: 'cli.help.diagnose.summary',
    options: [{ name: 'redact', type: 'boolean', help: 'cli.help.option.redact' }, json],
    env: [REGROUP_DC],
    examples: [
      { command: 'regroup diagnose', help: 'cli.help.diagnose.example1' },
      { command: 'regroup diagnose --redact --json', help: 'cli.help.diagnose.example2' },
    ],
  },
  {
    name: 'helper',
    synopsis: ['regroup helper install|remove|status [--json]'],
    summary: 'cli.help.helper.summary',
    options: [json],
    operand: { name: 'install|remove|status', help: 'cli.help.operand.helperAction' },
    env: [],
    examples: [
      { command: 'regroup helper install', help: 'cli.help.helper.example1' },
      { command: 'regroup helper status --json', help: 'cli.help.helper.example2' },
    ],
  },
  {
    name: 'help',
    synopsis: ['regroup help [COMMAND]', 'regroup COMMAND --help'],
    summary: 'cli.help.help.summary',
    options: [],
    operand: { name: 'COMMAND', help: 'cli.help.operand.command' },
    env: [],
    examples: [
      { command: 'regroup help refresh', help: 'cli.help.help.example1' },
      { command: 'regroup parse --help --lang de', help: 'cli.help.help.example2' },
    ],
  },
  {
    name: 'version',
    synopsis: ['regroup version', 'regroup --version'],
    summary: 'cli.help.version.summary',
    options: [],
    env: [],
    examples: [
      { command: 'regroup --version', help: 'cli.help.version.example1' },
      { command: 'regroup version --lang ja', help: 'cli.help.version.example2' },
    ],
  },
];

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** `--dc HOST`, `-v, --verbose`: an option as the help lists it. */
export function optionLabel(option: OptionSpec): string {
  const long = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
  return option.short ? `-${option.short}, ${long}` : long;
}
