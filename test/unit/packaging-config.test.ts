/**
 * electron-builder.yml, read as electron-builder reads it: valid against electron-builder's own
 * JSON schema (app-builder-lib/scheme.json, with ajv), naming every installer IT needs, and
 * setting every Electron fuse the hardening issue asks for. The installers cannot be built here
 * (Electron, WiX, NSIS and fpm would be downloaded); test/system/packaging-offline.test.ts builds
 * what can be built offline.
 */
import Ajv from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const schema = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'),
) as object;

type Config = Record<string, unknown> & {
  appId: string;
  win: { target: string[] };
  linux: { target: string[] };
  mac: { target: string | string[] };
  msi: Record<string, unknown>;
  nsis: Record<string, unknown>;
  portable: Record<string, unknown>;
  electronFuses: Record<string, unknown>;
};
const config = load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

// strictTypes off: the schema uses `anyOf` with `type` arrays, which ajv's strict mode dislikes.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const errorsOf = (candidate: unknown): string[] =>
  validate(candidate)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it('would be rejected by that schema with a misspelt option (the check has teeth)', () => {
    const misspelt = { ...config, nsis: { ...config.nsis, perMachin: true } };
    expect(errorsOf(misspelt).join('\n')).toMatch(/\/nsis must NOT have additional properties/);
  });

  it('builds MSI, NSIS and portable for Windows, AppImage and deb for Linux, dmg for macOS', () => {
    expect(config.win.target).toEqual(expect.arrayContaining(['msi', 'nsis', 'portable']));
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect([config.mac.target].flat()).toContain('dmg');
  });

  it('makes the MSI per-machine, silent and upgradeable under one fixed upgrade code', () => {
    expect(config.msi).toMatchObject({ perMachine: true, oneClick: true, runAfterFinish: false });
    expect(config.msi.upgradeCode).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
    );
  });

  it('lets NSIS install per machine (selected) or per user, elevating when asked', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: true,
      allowElevation: true,
    });
    expect(config.nsis.guid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('runs the portable build as the user who starts it', () => {
    expect(config.portable.requestExecutionLevel).toBe('user');
  });

  it('uses the AppUserModelID the app sets, so shortcuts and notifications belong to it', () => {
    const main = fs.readFileSync(path.join(root, 'electron', 'main.ts'), 'utf8');
    expect(main).toContain(`app.setAppUserModelId('${config.appId}')`);
  });

  describe('Electron fuses', () => {
    it.each([
      ['runAsNode', false, 'ELECTRON_RUN_AS_NODE cannot turn the app into Node'],
      ['enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS is ignored'],
      ['enableNodeCliInspectArguments', false, '--inspect cannot attach a debugger'],
      ['onlyLoadAppFromAsar', true, 'only app.asar is loaded'],
      ['enableEmbeddedAsarIntegrityValidation', true, 'app.asar is checked against its hash'],
      ['enableCookieEncryption', true, 'cookies are encrypted on disk'],
    ])('%s is %s: %s', (fuse, value) => {
      expect(config.electronFuses[fuse]).toBe(value);
    });
  });
});
