import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createElevator } from '../elevate';
import type { RunResult } from '../../process/run';
import {
  LINUX_HELPER,
  LINUX_HELPER_ACTION,
  LINUX_HELPER_POLICY,
  linuxHelperInstalled,
} from './linux-helper';
import { DEFAULT_HOST_KEYTAB, DEFAULT_SYSTEM_CACHE } from './service';

const assets = path.resolve(__dirname, '../../../assets/linux');
const policy = readFileSync(path.join(assets, `${LINUX_HELPER_ACTION}.policy`), 'utf8');
const script = readFileSync(path.join(assets, 'regroup-host-kinit'), 'utf8');

describe('the helper files the deb ships', () => {
  it('the polkit action is for exactly the helper: yes for an active session, an administrator otherwise', () => {
    const actions = [...policy.matchAll(/<action id="([^"]+)">([\s\S]*?)<\/action>/g)];
    expect(actions.map((a) => a[1])).toEqual([LINUX_HELPER_ACTION]);
    const body = actions[0]?.[2] ?? '';
    const value = (key: string) => new RegExp(`<${key}>([^<]*)</${key}>`).exec(body)?.[1];
    expect(value('allow_active')).toBe('yes');
    expect(value('allow_inactive')).toBe('auth_admin');
    expect(value('allow_any')).toBe('auth_admin');
    expect(body).toContain(
      `<annotate key="org.freedesktop.policykit.exec.path">${LINUX_HELPER}</annotate>`,
    );
    expect(LINUX_HELPER_POLICY).toBe(`/usr/share/polkit-1/actions/${LINUX_HELPER_ACTION}.policy`);
  });

  it('the script has the service default keytab and cache built in, and nothing from its caller', () => {
    expect(script).toContain(`KEYTAB=${DEFAULT_HOST_KEYTAB}\n`);
    expect(`FILE:${/^CACHE_FILE=(.+)$/m.exec(script)?.[1]}`).toBe(DEFAULT_SYSTEM_CACHE);
    expect(script).toMatch(
      /^exec env -i PATH="\$PATH" LC_ALL=C "\$KINIT" -k -t "\$KEYTAB" -c "FILE:\$CACHE_FILE"$/m,
    );
    expect(script).not.toMatch(/\$\{?[1-9@*]/); // never uses its arguments
  });
});

describe('linuxHelperInstalled', () => {
  const files = new Set([LINUX_HELPER_POLICY]);
  const exists = async (file: string) => files.has(file);

  it('needs the policy, and the script and every folder above it root-owned and unchangeable', async () => {
    const checked: string[] = [];
    const allRoot = async (file: string) => (checked.push(file), true);
    await expect(linuxHelperInstalled({ exists, isSystemFile: allRoot })).resolves.toBe(true);
    expect(checked).toEqual([LINUX_HELPER, '/opt/Regroup/helper', '/opt/Regroup', '/opt']);

    const writableFolder = async (file: string) => file !== '/opt/Regroup';
    await expect(linuxHelperInstalled({ exists, isSystemFile: writableFolder })).resolves.toBe(
      false,
    );
    await expect(
      linuxHelperInstalled({ exists: async () => false, isSystemFile: allRoot }),
    ).resolves.toBe(false);
  });
});

describe('elevating host-kinit-helper', () => {
  const ok: RunResult = { stdout: '', stderr: '', exitCode: 0, truncated: false, durationMs: 1 };

  it('Linux: pkexec with the fixed script and no argument, from /, with PATH only', async () => {
    const runs: Array<{ file: string; args: readonly string[]; cwd?: string; env?: object }> = [];
    const elevate = createElevator({
      platform: 'linux',
      isRoot: () => false,
      isSystemFile: async () => true,
      run: async (file, args, options) => {
        runs.push({ file, args, cwd: options.cwd, env: options.env });
        return ok;
      },
    });
    const result = await elevate({ id: 'host-kinit-helper' });
    expect(result.ok).toBe(true);
    expect(runs).toEqual([
      {
        file: '/usr/bin/pkexec',
        args: ['--disable-internal-agent', LINUX_HELPER],
        cwd: '/',
        env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' },
      },
    ]);
  });

  it('is refused anywhere but Linux', async () => {
    let ran = false;
    const elevate = createElevator({
      platform: 'darwin',
      isRoot: () => false,
      isSystemFile: async () => true,
      run: async () => ((ran = true), ok),
    });
    const result = await elevate({ id: 'host-kinit-helper' });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.message.id).toBe('krb.elevate.refused');
    expect(ran).toBe(false);
  });
});
