import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ticketOf } from '../../../test/fakes/kerberos-data';
import { createFakeWindows, domainState, type FakeWindows } from '../../../test/fakes/fake-windows';
import { createWindowsService } from './service';
import { isProtectedUsersSid, tokenSidsFromWhoami, windowsUpkeep } from './upkeep';

const SAMPLES = path.resolve(__dirname, '../../../../shared/whoami-samples');
const PROTECTED = path.resolve(
  __dirname,
  '../../../test/fixtures/whoami-protected-users/whoami-en-groups-protected-users.txt',
);
const HOUR = 3_600_000;
const read = (file: string): string => fs.readFileSync(file, 'utf8');

describe('Protected Users, read by SID from a real token', () => {
  it('finds RID 525 of the domain in a real whoami /groups of a Protected Users member', () => {
    const sids = tokenSidsFromWhoami(read(PROTECTED));
    expect(sids).toContain('S-1-5-21-1844305427-4058123335-2739572863-525');
    expect(sids?.some(isProtectedUsersSid)).toBe(true);
  });

  it('finds no Protected Users in any shared real sample: Windows renews their tickets', () => {
    const files = fs.readdirSync(SAMPLES).filter((name) => name.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const sids = tokenSidsFromWhoami(read(path.join(SAMPLES, file)));
      // A /user-only paste has no group table: nothing to read, the ticket decides.
      if (sids === null) continue;
      expect({ file, protectedUser: sids.some(isProtectedUsersSid) }).toEqual({
        file,
        protectedUser: false,
      });
    }
  });

  it('takes only a domain SID ending in 525, not a local alias or a longer RID', () => {
    expect(isProtectedUsersSid('S-1-5-21-1844305427-4058123335-2739572863-525')).toBe(true);
    expect(isProtectedUsersSid('S-1-5-21-1844305427-4058123335-2739572863-5250')).toBe(false);
    expect(isProtectedUsersSid('S-1-5-32-525')).toBe(false);
    expect(isProtectedUsersSid('S-1-5-21-1-2-3-1525')).toBe(false);
  });
});

describe('which sign-in tickets Windows keeps fresh', () => {
  const renewable = ticketOf('krbtgt/CONTOSO.COM@CONTOSO.COM', 8 * HOUR);
  const fixed = { ...ticketOf('krbtgt/CONTOSO.COM@CONTOSO.COM', 2 * HOUR) };
  fixed.renewUntil = fixed.endTime;
  const token = (sids: string[] | null) => {
    const read = { calls: 0 };
    return { read, sids: async () => (read.calls++, sids) };
  };
  const member = ['S-1-5-21-1-2-3-513', 'S-1-5-21-1-2-3-525'];

  it('a TGT renewable past its end: Windows, without reading the token', async () => {
    const t = token(member);
    expect(await windowsUpkeep(renewable, t.sids)).toBe('system');
    expect(t.read.calls).toBe(0);
  });

  it('a TGT that cannot be renewed: the token says whether it is Protected Users', async () => {
    expect(await windowsUpkeep(fixed, token(member).sids)).toBe('protected-users');
    expect(await windowsUpkeep(fixed, token(['S-1-5-21-1-2-3-513']).sids)).toBe('system');
    // No readable token: the ordinary warning, with no reason claimed.
    expect(await windowsUpkeep(fixed, token(null).sids)).toBe('person');
  });
});

describe('the Windows service marks its listings', () => {
  let win: FakeWindows | undefined;
  afterEach(() => win?.cleanup());

  /** dyork's session with a 4-hour TGT that cannot be renewed past its end (as Protected Users get). */
  const service = (groups: Array<{ name: string; sid: string }>) => {
    const state = domainState();
    const tgt = state.sessions['0:0x11b5a5']?.tickets[0];
    if (tgt) {
      tgt.end = tgt.start + 4 * HOUR;
      tgt.renew = tgt.end;
    }
    win = createFakeWindows(state);
    win.updateGroups((g) => {
      g.whoami.groups = groups.map((group) => ({
        ...group,
        type: 'Group',
        attributes: 'Mandatory group, Enabled by default, Enabled group',
      }));
    });
    return createWindowsService({ env: win.env, klistPath: win.klistPath });
  };

  it('as renewed by Windows for an ordinary person, asking whoami once for many listings', async () => {
    const s = service([{ name: 'CONTOSO\\Domain Users', sid: 'S-1-5-21-1-2-3-513' }]);
    expect((await s.list()).tgtUpkeep).toBe('system');
    expect((await s.list()).tgtUpkeep).toBe('system');
    const whoamiCalls = JSON.parse(read(win!.whoamiPath)) as { calls: unknown[] };
    expect(whoamiCalls.calls).toHaveLength(1);
  });

  it('as not renewed for a member of Protected Users', async () => {
    const s = service([
      { name: 'CONTOSO\\Domain Users', sid: 'S-1-5-21-1-2-3-513' },
      { name: 'CONTOSO\\Protected Users', sid: 'S-1-5-21-1-2-3-525' },
    ]);
    expect((await s.list()).tgtUpkeep).toBe('protected-users');
  });

  it('the computer listing as renewed by Windows, without asking whoami', async () => {
    const s = service([{ name: 'CONTOSO\\Protected Users', sid: 'S-1-5-21-1-2-3-525' }]);
    win!.update((state) => {
      state.elevated = true;
    });
    const listing = await s.list({ computer: true });
    expect(listing.tgtUpkeep).toBe('system');
    const whoami = JSON.parse(read(win!.whoamiPath)) as { calls?: unknown[] };
    expect(whoami.calls ?? []).toHaveLength(0);
  });
});
