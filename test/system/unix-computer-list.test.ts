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
