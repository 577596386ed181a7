/**
 * The Windows flows end to end through the fake klist.exe (printing the layouts of the real
 * samples) and a stand-in for the UAC prompt; the pre-flight connects to a real loopback socket.
 */
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ELEVATED_POLICY, ELEVATED_PURGE, type FakeUac } from '../../../test/fakes/fake-uac';
import { say } from '../../../test/fakes/english';
import { createFakeWindows, domainState, type FakeWindows } from '../../../test/fakes/fake-windows';
import { createFakeWindowsService } from '../../../test/fakes/fake-windows-service';
import { createWindowsService } from './service';

let kdc: net.Server;
let kdcPort = 0;
let closedPort = 0;

beforeAll(async () => {
  kdc = net.createServer((socket) => socket.end());
  await new Promise<void>((resolve) => kdc.listen(0, '127.0.0.1', resolve));
  kdcPort = (kdc.address() as net.AddressInfo).port;
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as net.AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});
afterAll(() => new Promise((resolve) => kdc.close(resolve)));

let win: FakeWindows;
let uac: FakeUac;
afterEach(() => win?.cleanup());

function service(
  options: { online?: boolean; language?: 'en' | 'fr' | 'es' | 'zh'; format?: 'legacy' } = {},
) {
  const state = domainState();
  if (options.language) state.language = options.language;
  if (options.format) state.format = options.format;
  const made = createFakeWindowsService({
    kdcPort: options.online === false ? closedPort : kdcPort,
    state,
    timeoutMs: 500,
  });
  ({ win, uac } = made);
  return made.service;
}

describe('listing on Windows', () => {
  it.each(['en', 'fr', 'es', 'zh'] as const)('reads the user session in %s', async (language) => {
    const listing = await service({ language }).list();
    expect(listing.error).toBeNull();
    expect(listing.logonId).toBe('0:0x11b5a5');
    expect(listing.tickets.map((t) => t.server)).toEqual([
      'krbtgt/CONTOSO.COM@CONTOSO.COM',
      'cifs/fs01.contoso.com@CONTOSO.COM',
    ]);
    expect(listing.tickets[0]?.isTgt).toBe(true);
    expect(listing.tickets[0]?.cacheFlags).toEqual(['PRIMARY']);
  });

  it.each([
    ['zh', 'cp936', '936', '张伟@CONTOSO.COM'],
    ['fr', 'cp850', '850', 'zoë.müller@CONTOSO.COM'],
  ] as const)(
    'decodes %s output in the console code page %s (asked of chcp.com)',
    async (language, encoding, page, client) => {
      const state = domainState();
      state.language = language;
      state.encoding = encoding;
      state.sessions['0:0x11b5a5']!.tickets[0]!.client = client;
      win = createFakeWindows(state);
      const s = createWindowsService({
        env: { ...win.env, FAKE_CODEPAGE: page },
        klistPath: win.klistPath,
      });
      const listing = await s.list();
      expect(listing.error).toBeNull();
      expect(listing.tickets[0]?.client).toBe(client);
      expect(listing.tickets).toHaveLength(2);
    },
  );

  it('reads the legacy (Windows 7) layout without cache flags', async () => {
    const listing = await service({ format: 'legacy' }).list();
    expect(listing.tickets).toHaveLength(2);
    expect(listing.tickets[0]?.kdcCalled).toBeNull();
  });

  it("explains that the computer's tickets need administrator rights", async () => {
    const listing = await service().list({ computer: true });
    expect(listing.error?.code).toBe('access-denied');
    expect(say(listing.error?.message)).toMatch(/administrator/);
    expect(win.read().calls?.at(-1)?.args).toEqual(['-li', '0x3e7']);
  });

  it('turns a klist that hangs into a timeout sentence', async () => {
    const s = service();
    win.update((state) => (state.hang = true));
    const slow = createWindowsService({ env: win.env, klistPath: win.klistPath, timeoutMs: 300 });
    const listing = await slow.list();
    expect(s.kind).toBe('windows');
    expect(listing.error?.code).toBe('timeout');
    expect(say(listing.error?.message)).toMatch(/^klist\.exe did not answer within \d+ seconds/);
  });

  it('says klist is missing when it is not at the fixed path', async () => {
    service();
    const missing = createWindowsService({
      env: win.env,
      klistPath: `${win.systemRoot}/System32/nothere.exe`,
    });
    const listing = await missing.list();
    expect(listing.error?.code).toBe('klist-missing');
    // klist.exe is part of Windows: no Linux package advice here, and the path for the help desk.
    expect(say(listing.error?.message)).toMatch(/nothere\.exe was not found.*part of Windows/);
    expect(say(listing.error?.message)).not.toMatch(/krb5/);
    expect(listing.error?.detail).toContain('nothere.exe');
  });
});

describe('Refresh my groups on Windows', () => {
  it('purges, fetches a new TGT and reports what changed', async () => {
    const s = service();
    const before = Date.now();
    const result = await s.refresh('user');
    expect(result.outcome).toBe('refreshed');
    expect(result.removed.map((t) => t.server)).toEqual([
      'krbtgt/CONTOSO.COM@CONTOSO.COM',
      'cifs/fs01.contoso.com@CONTOSO.COM',
    ]);
    expect(result.acquired.map((t) => t.server)).toEqual(['krbtgt/CONTOSO.COM@CONTOSO.COM']);
    // klist prints whole seconds: the new ticket starts at (or within a second before) the refresh.
    expect(Date.parse(result.acquired[0]?.startTime ?? '')).toBeGreaterThanOrEqual(before - 1000);
    // What a user refresh on Windows reaches, and what it does not (see core/kerberos/caveats.ts).
    expect(result.caveats.map((c) => c.id)).toEqual([
      'krb.caveat.windows.user.newConnections',
      'krb.caveat.windows.user.openConnections',
      'krb.caveat.windows.user.domainControllers',
      'krb.caveat.windows.user.signInToken',
    ]);
    const caveats = result.caveats.map(say).join(' ');
    expect(caveats).toMatch(/already open keep your old groups.*15 minutes/);
    expect(caveats).toMatch(/domain controller has not received the change/);
    expect(caveats).toMatch(/"whoami \/groups".*until you sign out/);
    // A new NTLM logon is checked by a domain controller and sees the new groups: never say otherwise.
    expect(caveats).not.toMatch(/NTLM/);
    expect(say(result.message)).toBe(
      'Done: 2 old tickets were removed and a new ticket was issued for dyork@CONTOSO.COM with your current groups.',
    );
    expect(win.read().calls?.map((c) => c.args.join(' '))).toEqual([
      'tickets',
      'purge',
      'get krbtgt',
      'tickets',
    ]);
  });

  it('does not purge when no domain controller answers', async () => {
    const s = service({ online: false });
    const result = await s.refresh('user');
    expect(result.outcome).toBe('offline');
    expect(result.error?.code).toBe('kdc-unreachable');
    expect(say(result.message)).toMatch(/VPN/);
    expect(result.caveats.map(say)).toEqual([
      'Nothing was removed: your tickets and your access stay as they were, with the groups you had before.',
    ]);
    expect(win.read().sessions['0:0x11b5a5']?.tickets).toHaveLength(2);
    expect(win.read().calls ?? []).toEqual([]);
  });

  it('purges anyway with force, and reports a partial refresh when no TGT comes back', async () => {
    const s = service({ online: false });
    win.update((state) => (state.kdcReachable = false));
    const result = await s.refresh('user', { force: true });
    expect(result.outcome).toBe('partial');
    expect(result.removed).toHaveLength(2);
    expect(say(result.failed[0]?.message)).toMatch(/domain controller/i);
    expect(say(result.message)).toMatch(
      /^Your 2 old tickets were removed, but a new ticket could not be obtained yet\. Windows gets one by itself/,
    );
    expect(result.caveats[0]?.id).toBe('krb.caveat.windows.user.newConnections');
  });

  it('says so when the account is not in a domain and has no tickets', async () => {
    const state = domainState();
    state.sessions['0:0x11b5a5'] = { tickets: [] };
    win = createFakeWindows(state);
    const local = createWindowsService({
      env: { ...win.env, USERDNSDOMAIN: '' },
      klistPath: win.klistPath,
    });
    const listing = await local.list();
    expect(listing.error?.code).toBe('not-in-domain');
    expect(say(listing.error?.message)).toMatch(/Sign in with your domain account/);
  });

  it('refuses outside a domain', async () => {
    const s = service();
    const local = createWindowsService({
      env: { ...win.env, USERDNSDOMAIN: '' },
      klistPath: win.klistPath,
    });
    const result = await local.refresh('user');
    expect(s.kind).toBe('windows');
    expect(result.error?.code).toBe('not-in-domain');
    expect((await local.capabilities()).computerRefresh).toEqual({
      available: false,
      reason: { id: 'krb.windows.computerNotInDomain' },
    });
    expect(win.read().calls ?? []).toEqual([]);
  });
});

describe('Refresh computer groups on Windows', () => {
  it('elevates exactly the fixed klist.exe -li 0x3e7 purge', async () => {
    const result = await service().refresh('computer');
    expect(uac.elevated).toEqual([ELEVATED_PURGE]);
    expect(result.outcome).toBe('refreshed');
    expect(say(result.message)).toMatch(/computer's tickets were removed\. It gets new ones/);
    expect(result.caveats.map((c) => c.id)).toEqual([
      'krb.caveat.windows.computer.tickets',
      'krb.caveat.windows.computer.policy',
      'krb.caveat.windows.computer.signInToken',
    ]);
    expect(result.caveats.map(say).join(' ')).toMatch(
      /gpupdate \/target:computer.*until the computer restarts/,
    );
    expect(win.read().sessions['0:0x3e7']?.tickets).toEqual([]);
    expect(win.read().sessions['0:0x11b5a5']?.tickets).toHaveLength(2);
  });

  it('adds gpupdate /target:computer when asked', async () => {
    const result = await service().refresh('computer', { gpupdate: true });
    // Two prompts, each naming what runs: klist.exe, then cmd.exe with gpupdate's constant line.
    expect(uac.elevated).toEqual([ELEVATED_PURGE, ELEVATED_POLICY]);
    expect(result.outcome).toBe('refreshed');
    expect(say(result.message)).toMatch(/policy was re-applied/);
  });

  it('reports a purge whose gpupdate failed as partial, not as nothing changed', async () => {
    const s = service();
    uac.answer = 'gpupdate-fails';
    const result = await s.refresh('computer', { gpupdate: true });
    expect(result.outcome).toBe('partial');
    expect(say(result.message)).toMatch(
      /tickets were removed, but re-applying computer policy failed/,
    );
    expect(win.read().sessions['0:0x3e7']?.tickets).toEqual([]);
  });

  it('reports a declined gpupdate prompt after a good purge as partial', async () => {
    const s = service();
    uac.answer = 'gpupdate-declined';
    const result = await s.refresh('computer', { gpupdate: true });
    expect(result.outcome).toBe('partial');
    expect(result.failed.map((f) => f.message.id)).toEqual(['krb.elevate.declined']);
    expect(win.read().sessions['0:0x3e7']?.tickets).toEqual([]);
  });

  it('reports a failed elevated purge by its exit code, and never asks for gpupdate', async () => {
    const s = service();
    // The exit code is all that comes back from an elevated process: it is what the person is told.
    win.update((state) => (state.failPurge = true));
    const result = await s.refresh('computer', { gpupdate: true });
    expect(result.outcome).toBe('failed');
    expect(result.error?.message).toEqual({
      id: 'krb.tool.exit',
      values: { tool: 'klist.exe', code: '1' },
    });
    expect(uac.elevated).toEqual([ELEVATED_PURGE]);
  });

  it('reports a declined prompt calmly and changes nothing', async () => {
    const s = service();
    uac.answer = 'decline';
    const result = await s.refresh('computer');
    expect(result.outcome).toBe('declined');
    expect(result.error?.code).toBe('elevation-declined');
    expect(say(result.message)).toMatch(/nothing was changed/i);
    // Nothing was removed, and the caveats say exactly that (never "tickets were removed").
    expect(result.caveats.map((c) => c.id)).toEqual(['krb.caveat.computer.nothingRemoved']);
    expect(result.caveats.map(say).join(' ')).not.toMatch(/were removed/);
    expect(win.read().sessions['0:0x3e7']?.tickets).toHaveLength(1);
  });

  it('reports a failed elevation with a next step', async () => {
    const s = service();
    uac.answer = 'fail';
    const result = await s.refresh('computer');
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('elevation-failed');
    expect(say(result.error?.message)).toMatch(/help desk/);
    expect(result.error?.detail).toMatch(
      /could not start klist\.exe as administrator \(Win32 error 1260\)/,
    );
    expect(result.caveats.map((c) => c.id)).toEqual(['krb.caveat.computer.nothingRemoved']);
  });
});

describe('the rule that klist tgt is never run', () => {
  it('holds across every flow', async () => {
    const s = service();
    await s.list();
    await s.refresh('user');
    await s.refresh('computer', { gpupdate: true });
    const state = win.read();
    expect(state.violations ?? []).toEqual([]);
    expect(state.calls?.some((c) => c.args.includes('tgt'))).toBe(false);
    // Six fake tools start as Node processes: a busy machine needs more than the default 5 s.
  }, 20_000);
});
