/**
 * "Copy diagnostics" in the main process: through the real IPC handler (sender and arguments
 * checked) to the copier, whose clipboard is a fake that records what was written or refuses.
 * The report remembers the app's last refresh and its verdict; a probe that throws (the service's
 * listing here) becomes a section that says why, and the rest of the report is still copied.
 */
import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { createAppController } from './app-state';
import { InvokeChannel } from './contract';
import { createDiagnosticsCopier } from './diagnostics';
import { registerIpcHandlers, type IpcMainLike, type SenderInfo } from './ipc';
import { createSenderCheck } from './security';
import { createTranslator, en } from '../core/i18n';
import type { KerberosService } from '../core/kerberos/service';
import { fakeGroups, groupsReport } from '../test/fakes/fake-groups';
import { listingOf, refreshResultOf, ticketOf } from '../test/fakes/kerberos-data';

const PAGE = 'file:///opt/Regroup/resources/app.asar/dist/renderer/index.html';
const APP = { sender: { id: 1 }, senderFrame: { url: PAGE } } satisfies SenderInfo;
const OTHER = { sender: { id: 2 }, senderFrame: { url: 'https://example.com/' } };

function setup(options: { listFails?: boolean; clipboardFails?: boolean } = {}) {
  const listing = listingOf(
    [ticketOf('krbtgt/EXAMPLE.COM@EXAMPLE.COM', 8 * 3_600_000, { client: 'alice@EXAMPLE.COM' })],
    {
      kind: 'mit',
      cache: 'FILE:/tmp/krb5cc_1000',
      principal: 'alice@EXAMPLE.COM',
    },
  );
  const service: KerberosService = {
    kind: 'mit',
    capabilities: async () => ({
      kind: 'mit',
      userRefreshNeedsPassword: false,
      computerRefresh: { available: false, reason: null },
    }),
    list: async () => {
      if (options.listFails) throw new Error('klist crashed: core dumped');
      return listing;
    },
    refresh: async (scope) =>
      refreshResultOf(scope, {
        after: listing,
        startedAt: '2026-11-28T12:00:00Z',
        finishedAt: '2026-11-28T12:00:01Z',
      }),
  };
  const groups = fakeGroups(
    groupsReport(['Domain Users']),
    groupsReport(['Domain Users']),
    groupsReport(['Domain Users', 'Finance']),
  );
  const app = createAppController({ service, groups: groups.service });
  const written: string[] = [];
  const copier = createDiagnosticsCopier({
    app,
    service,
    clipboard: {
      writeText(text) {
        if (options.clipboardFails) throw new Error('OpenClipboard failed (0x80040155)');
        written.push(text);
      },
    },
    translator: createTranslator('en', en),
    version: '0.1.0',
    platform: 'linux',
    env: {},
    probes: {
      findKdc: async () => {
        throw new Error('resolver crashed');
      },
      system: () => ({ os: 'Linux', release: '6.1.0', arch: 'x64', computer: 'ws042' }),
    },
  });
  const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
  registerIpcHandlers({
    ipcMain: {
      handle: (channel, listener) => void handlers.set(channel, listener),
      removeHandler: (channel) => void handlers.delete(channel),
    },
    app,
    isTrustedSender: createSenderCheck({ pageUrl: PAGE, windowContentsId: () => 1 }),
    hideWindow: () => undefined,
    locale: 'en',
    copyDiagnostics: copier.copy,
  });
  // Electron turns a handler's throw into a rejection; so does this.
  const invoke = async (sender: SenderInfo, ...args: unknown[]): Promise<unknown> =>
    handlers.get(InvokeChannel.copyDiagnostics)?.(sender as unknown as IpcMainInvokeEvent, ...args);
  return { app, invoke, written };
}

describe('Copy diagnostics', () => {
  it('refuses other pages and any argument, and copies nothing then', async () => {
    const { invoke, written } = setup();
    await expect(invoke(OTHER)).rejects.toThrow();
    await expect(invoke(APP, { redact: true })).rejects.toThrow(/takes no arguments/);
    expect(written).toEqual([]);
  });

  it('copies the report, and the last refresh with its verdict once one ran', async () => {
    const { app, invoke, written } = setup();
    await invoke(APP);
    expect(written[0]).toMatch(/^Regroup diagnosis, /);
    expect(written[0]).toMatch(/Principal +alice@EXAMPLE\.COM/);
    expect(written[0]).toContain('No refresh has run since Regroup started.');
    // The KDC search threw: that section says so with the detail, the others are there.
    expect(written[0]).toMatch(
      /Domain controller \(KDC\)\n {2}Not read: This part could not be read because of an unexpected error;[^]*Detail: resolver crashed/,
    );
    expect(written[0]).toMatch(/\nGroups\n {2}Sign-in token: read with /);

    await app.refresh('user', { verify: true });
    await invoke(APP);
    expect(written[1]).toMatch(/Last refresh\n {2}Finished +\S/);
    expect(written[1]).toMatch(/Outcome +refreshed/);
    expect(written[1]).toMatch(/Groups gained +\S*Finance/);
  });

  it('still copies when the ticket listing itself fails, saying why', async () => {
    const { invoke, written } = setup({ listFails: true });
    await invoke(APP);
    expect(written[0]).toMatch(/Who\n {2}Not read: .*\n.*\n? *Detail: klist crashed: core dumped/);
    expect(written[0]).toContain('Groups');
  });

  it('rejects with a sentence and the reason when the clipboard refuses', async () => {
    const { invoke } = setup({ clipboardFails: true });
    await expect(invoke(APP)).rejects.toThrow(
      'The diagnostics could not be copied: OpenClipboard failed (0x80040155)',
    );
  });
});
