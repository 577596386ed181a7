/**
 * `regroup list --computer` on Linux with the real MIT klist: the computer's cache is missing, and
 * the sentence says so in the computer's terms (not "sign in with kinit").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createUnixService } from '../../core/kerberos/unix/service';
import { say } from '../fakes/english';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-host-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the computer cache on Linux', () => {
  it('explains an empty computer cache and how to fill it', async () => {
    const cache = `FILE:${path.join(dir, 'krb5cc_0')}`;
    const service = createUnixService({
      kind: 'mit',
      systemCache: cache,
      hostKeytab: path.join(dir, 'krb5.keytab'),
    });
    const listing = await service.list({ computer: true });
    expect(listing.error?.code).toBe('no-credentials');
    expect(listing.error?.message.id).toBe('unix.list.computer.noTickets');
    expect(say(listing.error?.message)).toBe(
      `The computer has no tickets in ${cache}. It gets some when a service asks for them, or now ` +
        'with "Refresh computer groups" (this needs a host keytab).',
    );
    const caps = await service.capabilities();
    expect(caps.computerRefresh.available).toBe(false);
    expect(say(caps.computerRefresh.reason)).toMatch(/no host keytab/);
  });
});

describe('a squatted computer cache path (a folder every user can write to)', () => {
  // What lstat says of the path: tests may run as root or not, so the owner is stated here; the
  // file or folder itself is real.
  const owner = (uid: number) => async (file: string) => {
    const info = await fs.promises.lstat(file);
    return { uid, isFile: () => info.isFile(), isSymbolicLink: () => info.isSymbolicLink() };
  };
  const keytab = (): string => {
    const file = path.join(dir, 'krb5.keytab');
    fs.writeFileSync(file, '');
    return file;
  };

  it("never lists another user's file as the computer's tickets", async () => {
    const planted = path.join(dir, 'planted_cc');
    fs.writeFileSync(planted, 'not a ticket cache');
    const service = createUnixService({
      kind: 'mit',
      systemCache: `FILE:${planted}`,
      lstat: owner(1000),
    });
    const listing = await service.list({ computer: true });
    expect(listing.tickets).toEqual([]);
    expect(listing.error).toMatchObject({
      code: 'cache-not-trusted',
      detail: `${planted} is a file owned by uid 1000.`,
    });
    expect(say(listing.error?.message)).toMatch(
      /is not a file owned by root.*ask your IT help desk to remove it/,
    );
  });

  it.each([
    ['a folder', (p: string) => fs.mkdirSync(p), 'not a regular file'],
    ['a symbolic link', (p: string) => fs.symlinkSync('/etc/passwd', p), 'a symbolic link'],
  ])('refuses to ask root to write through %s, before any prompt', async (_what, plant, said) => {
    const squat = path.join(dir, `squat-${said.replace(/\W/g, '')}`);
    plant(squat);
    let prompts = 0;
    const service = createUnixService({
      kind: 'mit',
      systemCache: `FILE:${squat}`,
      hostKeytab: keytab(),
      lstat: owner(0),
      elevate: async () => {
        prompts++;
        return { ok: true, steps: [], stdout: '', stderr: '' };
      },
    });
    const result = await service.refresh('computer');
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('cache-not-trusted');
    expect(result.error?.detail).toBe(`${squat} is ${said}.`);
    expect(prompts).toBe(0);
  });
});
