/**
 * The man page is generated from the help's own text: docs/regroup.1 is what the generator
 * writes now (so a changed option or sentence without `node scripts/man-page.mjs` fails here),
 * it names every command, option and variable, and `man` renders it without warnings.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, en } from '../core/i18n';
import { COMMANDS, GLOBAL_ENV, GLOBAL_OPTIONS, optionLabel } from './commands';
import { manPage } from './man-page';

const FILE = path.resolve(__dirname, '../docs/regroup.1');
const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../package.json'), 'utf8')) as {
  version: string;
};
const page = manPage(createTranslator('en', en), pkg.version);

describe('regroup.1', () => {
  it('is current: the file is what the generator writes from the help text', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(page);
  });

  it('names every command, option, variable and example', () => {
    const plain = page.replace(/\\-/g, '-').replace(/\\e/g, '\\');
    for (const command of COMMANDS) {
      expect(plain).toContain(`.SS ${command.name}`);
      for (const option of command.options) expect(plain).toContain(optionLabel(option));
      for (const example of command.examples) expect(plain).toContain(example.command);
      for (const env of command.env) expect(plain).toContain(env.name);
    }
    for (const option of GLOBAL_OPTIONS) expect(plain).toContain(optionLabel(option));
    for (const env of GLOBAL_ENV) expect(plain).toContain(env.name);
  });

  it('renders with man without warnings', () => {
    const man = spawnSync('man', ['--warnings', '-l', '-Tutf8', FILE], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '80', MAN_KEEP_FORMATTING: '0' },
    });
    if (man.error) throw new Error(`man is not installed here: ${man.error.message}`);
    expect(man.stderr).toBe('');
    // man overstrikes bold text (X, backspace, X): keep what a reader sees.
    let shown = '';
    for (const ch of man.stdout) shown = ch === '\b' ? shown.slice(0, -1) : shown + ch;
    expect(shown).toContain('regroup refresh --user');
    expect(shown).toContain('REGROUP_KEYTAB');
    expect(shown).toContain('EXIT STATUS');
  });
});
