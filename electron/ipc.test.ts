import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { createAppController } from './app-state';
import type { AppEvent } from './app-state';
import { EventChannel, InvokeChannel } from './contract';
import { createWindowSender, forwardAppEvents, registerIpcHandlers } from './ipc';
import type { IpcMainLike, SenderInfo } from './ipc';
import type { KerberosService } from '../core/kerberos/service';
import type { KlistListing, RefreshResult, RefreshScope } from '../core/kerberos/types';
import { createSenderCheck } from './security';
import { msg } from '../core/i18n';
import { say } from '../test/fakes/english';
import { resolvePolicy } from '../core/policy/resolve';
import type { Policy } from '../core/policy/types';
import { fakeGroups, groupsReport } from '../test/fakes/fake-groups';
import { listingOf, refreshResultOf } from '../test/fakes/kerberos-data';

const PAGE = 'file:///opt/Regroup/resources/app.asar/dist/renderer/index.html';
const APP = { sender: { id: 1 }, senderFrame: { url: PAGE } } satisfies SenderInfo;

const LISTING: KlistListing = listingOf([], {
  kind: 'mit',
  logonId: null,
  cache: 'FILE:/tmp/krb5cc_1000',
  principal: 'alice@EXAMPLE.COM',
});

function service() {
  const refreshes: Array<{
    scope: RefreshScope;
    password?: string;
    gpupdate?: boolean;
    force?: boolean;
  }> = [];
  const fake: KerberosService = {
    kind: 'mit',
    capabilities: async () => ({
      kind: 'mit',
      userRefreshNeedsPassword: true,
      computerRefresh: { available: false, reason: msg('busy.message') },
    }),
    list: async () => LISTING,
    async refresh(scope, options = {}): Promise<RefreshResult> {
      refreshes.push({ scope, ...options });
      return refreshResultOf(scope, {
        after: LISTING,
        startedAt: '2025-12-07T12:00:00Z',
        finishedAt: '2025-12-07T12:00:01Z',
      });
    },
  };
  return { fake, refreshes };
}

/** An ipcMain that records what is registered, like Electron's, and lets the test invoke it. */
function recordingIpcMain() {
  const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  const invoke = async (
    channel: string,
    sender: SenderInfo,
    ...args: unknown[]
  ): Promise<unknown> => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    // The handlers read only sender.id and senderFrame.url.
    return listener(sender as unknown as IpcMainInvokeEvent, ...args);
  };
  return { ipcMain, handlers, invoke };
}

function setup(policy?: Policy) {
  const { fake, refreshes } = service();
  const groups = fakeGroups(groupsReport(['Domain Users']), groupsReport(['Domain Users']));
  const app = createAppController({ service: fake, groups: groups.service });
  const { ipcMain, handlers, invoke } = recordingIpcMain();
  let hides = 0;
  const dispose = registerIpcHandlers({
    ipcMain,
    app,
    isTrustedSender: createSenderCheck({ pageUrl: PAGE, windowContentsId: () => 1 }),
    hideWindow: () => (hides += 1),
    locale: 'de',
    policy,
  });
  return { app, handlers, invoke, refreshes, groups, dispose, hides: () => hides };
}

describe('the IPC handlers', () => {
  it('register one handler per contract channel, and remove them again', () => {
    const { handlers, dispose } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(InvokeChannel).sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('answer the app window', async () => {
    const { invoke, hides } = setup();
    const view = (await invoke(InvokeChannel.listTickets, APP)) as {
      listing: KlistListing;
      busy: unknown;
    };
    expect(view.listing).toEqual(LISTING);
    expect(view.busy).toBeNull();
    const caps = (await invoke(InvokeChannel.getCapabilities, APP)) as {
      userRefreshNeedsPassword: boolean;
    };
    expect(caps.userRefreshNeedsPassword).toBe(true);
    await invoke(InvokeChannel.hideWindow, APP);
    expect(hides()).toBe(1);
  });

  it('refuse any other sender with a sentence, before doing anything', async () => {
    const { invoke, refreshes } = setup();
    const stranger = { sender: { id: 2 }, senderFrame: { url: PAGE } };
    await expect(invoke(InvokeChannel.refreshUser, stranger, {})).rejects.toThrow(
      'This request did not come from the Regroup window and was refused.',
    );
    const otherPage = { sender: { id: 1 }, senderFrame: { url: 'file:///tmp/evil.html' } };
    await expect(
      invoke(InvokeChannel.refreshComputer, otherPage, { gpupdate: true }),
    ).rejects.toThrow(/refused/);
    expect(refreshes).toEqual([]);
  });

  it('pass a valid password through once, and never a malformed one', async () => {
    const { invoke, refreshes } = setup();
    await invoke(InvokeChannel.refreshUser, APP, { password: 'correct horse' });
    await invoke(InvokeChannel.refreshUser, APP, {});
    expect(refreshes).toEqual([{ scope: 'user', password: 'correct horse' }, { scope: 'user' }]);
    const bad: Array<[unknown[], RegExp]> = [
      [[{ password: 42 }], /"password" must be text/],
      [[{ password: '' }], /1 to 1024 characters/],
      [[{ password: 'x'.repeat(1025) }], /1 to 1024 characters/],
      [[{ password: 'two\nlines' }], /single line/],
      [[{ password: 'ok', user: 'root' }], /unknown field "user"/],
      [[['password']], /expected an object/],
      [[null], /expected an object/],
      [[{}, {}], /expected one argument, got 2/],
      [[], /expected one argument, got 0/],
    ];
    for (const [args, message] of bad) {
      await expect(
        invoke(InvokeChannel.refreshUser, APP, ...args),
        JSON.stringify(args),
      ).rejects.toThrow(message);
    }
    expect(refreshes).toHaveLength(2);
  });

  it('accept only { gpupdate: boolean } for the computer refresh', async () => {
    const { invoke, refreshes } = setup();
    await invoke(InvokeChannel.refreshComputer, APP, { gpupdate: true });
    expect(refreshes).toEqual([{ scope: 'computer', gpupdate: true }]);
    await expect(invoke(InvokeChannel.refreshComputer, APP, { gpupdate: 'true' })).rejects.toThrow(
      /"gpupdate" must be true or false/,
    );
    await expect(invoke(InvokeChannel.refreshComputer, APP, {})).rejects.toThrow(
      /"gpupdate" must be true or false/,
    );
    await expect(
      invoke(InvokeChannel.refreshComputer, APP, { gpupdate: false, command: 'cmd.exe' }),
    ).rejects.toThrow(/unknown field "command"/);
    await expect(invoke(InvokeChannel.listTickets, APP, { computer: true })).rejects.toThrow(
      /takes no arguments/,
    );
    expect(refreshes).toHaveLength(1);
  });
});

describe('the new sign-in for one program', () => {
  it('starts only one of the fixed programs, and refuses a path or anything else from the window', async () => {
    const { fake } = service();
    const { ipcMain, invoke } = recordingIpcMain();
    const started: string[] = [];
    registerIpcHandlers({
      ipcMain,
      app: createAppController({ service: fake }),
      isTrustedSender: createSenderCheck({ pageUrl: PAGE, windowContentsId: () => 1 }),
      hideWindow: () => undefined,
      locale: 'en',
      freshSignIn: async (program) => {
        started.push(program);
        return { outcome: 'started' };
      },
    });
    expect(await invoke(InvokeChannel.startFreshSignIn, APP, 'powershell')).toEqual({
      outcome: 'started',
    });
    for (const bad of [['C:\\Users\\x\\evil.exe'], ['cmd', 'extra'], [], [{ program: 'cmd' }]]) {
      await expect(invoke(InvokeChannel.startFreshSignIn, APP, ...bad)).rejects.toThrow(
        /malformed request/,
      );
    }
    expect(started).toEqual(['powershell']);
  });

  it('says it is not available where no launcher was given (macOS, Linux)', async () => {
    const { invoke } = setup();
    await expect(invoke(InvokeChannel.startFreshSignIn, APP, 'cmd')).rejects.toThrow(
      'Starting a program with a new sign-in is not available here.',
    );
  });
});

describe('the IPC handlers under a policy', () => {
  it('answer the window with the policy, and the defaults when there is none', async () => {
    const policy = resolvePolicy({ AllowWaitForGroup: false, StartAtLogin: true }, 'policy.json');
    expect(await setup(policy).invoke(InvokeChannel.getPolicy, APP)).toEqual(policy);
    expect(await setup().invoke(InvokeChannel.getPolicy, APP)).toMatchObject({
      managed: [],
      waitForGroup: true,
      startAtLogin: null,
    });
  });

  it('refuse a computer refresh the policy turned off, and run none', async () => {
    const { invoke, refreshes } = setup(resolvePolicy({ HideComputerRefresh: true }, 'p'));
    await expect(invoke(InvokeChannel.refreshComputer, APP, { gpupdate: false })).rejects.toThrow(
      /turned off/,
    );
    expect(refreshes).toEqual([]);
  });

  it('re-apply computer policy when the policy requires it, whatever the request says', async () => {
    const policy = resolvePolicy({ GpupdateAfterComputerRefresh: 'forced' }, 'p');
    const { invoke, refreshes } = setup(policy);
    await invoke(InvokeChannel.refreshComputer, APP, { gpupdate: false });
    expect(refreshes).toEqual([{ scope: 'computer', gpupdate: true }]);
  });
});

describe('"Refresh anyway" (force) through the refresh handlers', () => {
  it('passes force: true to the service for both refreshes, and only a boolean', async () => {
    const { invoke, refreshes } = setup();
    await invoke(InvokeChannel.refreshUser, APP, { force: true, password: 'correct horse' });
    await invoke(InvokeChannel.refreshComputer, APP, { gpupdate: false, force: true });
    await invoke(InvokeChannel.refreshUser, APP, { force: false, password: 'correct horse' });
    expect(refreshes).toEqual([
      { scope: 'user', password: 'correct horse', force: true },
      { scope: 'computer', gpupdate: false, force: true },
      { scope: 'user', password: 'correct horse' },
    ]);
    await expect(invoke(InvokeChannel.refreshUser, APP, { force: 'yes' })).rejects.toThrow(
      /"force" must be true or false/,
    );
    await expect(
      invoke(InvokeChannel.refreshComputer, APP, { gpupdate: true, force: 1 }),
    ).rejects.toThrow(/"force" must be true or false/);
    expect(refreshes).toHaveLength(3);
  });
});

describe('the My groups handlers', () => {
  it('read the groups with the hints, and take no arguments', async () => {
    const { invoke, groups } = setup();
    const reading = (await invoke(InvokeChannel.readGroups, APP)) as {
      principal: string;
      hints: unknown[];
    };
    expect(reading.principal).toBe('dyork@LAB.TEST');
    expect(reading.hints).toEqual([]);
    await expect(invoke(InvokeChannel.readGroups, APP, { dc: 'evil' })).rejects.toThrow(
      /takes no arguments/,
    );
    const stranger = { sender: { id: 2 }, senderFrame: { url: PAGE } };
    await expect(invoke(InvokeChannel.readGroups, stranger)).rejects.toThrow(/refused/);
    expect(groups.reads()).toBe(1);
  });

  it('verify a refresh of my groups only when asked with a boolean', async () => {
    const { app, invoke, refreshes, groups } = setup();
    const events: AppEvent[] = [];
    app.subscribe((event) => events.push(event));
    // The reply carries nothing: the result and the verdict reach the window as events.
    expect(
      await invoke(InvokeChannel.refreshUser, APP, { verify: true, password: 'correct horse' }),
    ).toBeUndefined();
    const verdicts = events.flatMap((e) =>
      e.type === 'operation' && e.event.type === 'verified' ? [e.event.verdict] : [],
    );
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]?.unverified).toBeNull();
    expect(groups.reads()).toBe(2);
    events.length = 0;
    expect(await invoke(InvokeChannel.refreshUser, APP, { verify: false })).toBeUndefined();
    expect(events.some((e) => e.type === 'operation' && e.event.type === 'verified')).toBe(false);
    expect(events.some((e) => e.type === 'operation' && e.event.type === 'finished')).toBe(true);
    expect(refreshes).toEqual([{ scope: 'user', password: 'correct horse' }, { scope: 'user' }]);
    await expect(invoke(InvokeChannel.refreshUser, APP, { verify: 'yes' })).rejects.toThrow(
      /"verify" must be true or false/,
    );
    await expect(
      invoke(InvokeChannel.refreshComputer, APP, { gpupdate: false, verify: true }),
    ).rejects.toThrow(/unknown field "verify"/);
    expect(refreshes).toHaveLength(2);
  });
});

describe('the language and a refused refresh', () => {
  it('tell the window the language the main process chose', async () => {
    const { invoke } = setup();
    expect(await invoke(InvokeChannel.getLocale, APP)).toBe('de');
    await expect(invoke(InvokeChannel.getLocale, APP, 'fr')).rejects.toThrow(/takes no arguments/);
  });

  it('reject a refresh asked for while another runs, with the reason', async () => {
    const { invoke, refreshes } = setup();
    const first = invoke(InvokeChannel.refreshComputer, APP, { gpupdate: false });
    await expect(invoke(InvokeChannel.refreshUser, APP, {})).rejects.toThrow(
      say(msg('busy.message')),
    );
    await first;
    expect(refreshes).toEqual([{ scope: 'computer', gpupdate: false }]);
  });
});

describe('events to the window', () => {
  it('are sent only while the window exists', () => {
    const sent: Array<[string, unknown]> = [];
    let destroyed = false;
    const send = createWindowSender(() => ({
      send: (channel: string, payload: unknown) => sent.push([channel, payload]),
      isDestroyed: () => destroyed,
    }));
    send(EventChannel.showPanel, 'password');
    destroyed = true;
    send(EventChannel.showPanel, 'confirm-computer');
    expect(sent).toEqual([[EventChannel.showPanel, 'password']]);
  });

  it('go out on the contract channels', async () => {
    const { fake } = service();
    const app = createAppController({ service: fake });
    const sent: Array<[string, unknown]> = [];
    const stop = forwardAppEvents(app, (channel, payload) => sent.push([channel, payload]));
    await app.refresh('computer', { gpupdate: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent.map(([channel]) => channel)).toEqual([
      EventChannel.operation,
      EventChannel.operation,
      EventChannel.ticketsChanged,
    ]);
    expect((sent[0]?.[1] as AppEvent & { type: string }).type).toBe('started');
    stop();
    await app.listTickets();
    expect(sent).toHaveLength(3);
  });
});
