/**
 * The house's import rules (eslint.config.mjs) hold: a forbidden import fails lint, an allowed one
 * passes. Linted through ESLint's own API against the repository's config, so the test fails if a
 * rule is weakened or a folder is renamed without its rule.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['core/kerberos/x.ts', "import { app } from 'electron';\nvoid app;\n"],
    ['core/kerberos/x.ts', "import { t } from '../../renderer/i18n';\nvoid t;\n"],
    ['core/groups/x.ts', "import { runCli } from '../../cli/main';\nvoid runCli;\n"],
    [
      'core/model/x.ts',
      "import type { TicketsView } from '../../electron/contract';\nexport type X = TicketsView;\n",
    ],
    ['cli/x.ts', "import { app } from 'electron';\nvoid app;\n"],
    [
      'cli/x.ts',
      "import { createAppController } from '../electron/app-state';\nvoid createAppController;\n",
    ],
    ['electron/x.ts', "import { App } from '../renderer/App';\nvoid App;\n"],
    ['electron/x.ts', "import { runCli } from '../cli/main';\nvoid runCli;\n"],
    ['renderer/x.ts', "import fs from 'node:fs';\nvoid fs;\n"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n"],
    ['renderer/x.ts', "import { runTool } from '../core/process/run';\nvoid runTool;\n"],
    [
      'renderer/x.ts',
      "import { createRegroupApi } from '../electron/contract';\nvoid createRegroupApi;\n",
    ],
    ['renderer/x.ts', "import { createTray } from '../electron/tray';\nvoid createTray;\n"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restricted(file, code)).not.toEqual([]);
  });

  it.each([
    ['core/kerberos/x.ts', "import type { Ticket } from './types';\nexport type X = Ticket;\n"],
    ['core/i18n/de/x.ts', "import type { cli } from '../en/cli';\nexport type X = typeof cli;\n"],
    ['cli/x.ts', "import { parseKlist } from '../core/kerberos/parse';\nvoid parseKlist;\n"],
    ['electron/x.ts', "import { parseKlist } from '../core/kerberos/parse';\nvoid parseKlist;\n"],
    [
      'renderer/x.ts',
      "import type { TicketsView } from '../electron/contract';\nexport type X = TicketsView;\n",
    ],
    ['renderer/x.ts', "import { t } from '../core/i18n';\nvoid t;\n"],
    ['renderer/x.ts', "import { healthOf } from '../core/model/tickets';\nvoid healthOf;\n"],
  ])('%s may: %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
