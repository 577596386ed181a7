import { describe, expect, it } from 'vitest';
import { createAppController } from './app-state';
import type { AppEvent } from './app-state';
import type { Capabilities, KerberosService } from '../core/kerberos/service';
import type { KlistListing, RefreshResult, RefreshScope } from '../core/kerberos/types';
import { fakeGroups, groupsReport } from '../test/fakes/fake-groups';
import { say } from '../test/fakes/english';
import { listingOf, refreshResultOf } from '../test/fakes/kerberos-data';

const EMPTY: KlistListing = listingOf([]);

function result(scope: RefreshScope, after: KlistListing | null = null): RefreshResult {
  return refreshResultOf(scope, {
    after,
    startedAt: '2025-12-07T12:00:00+01:00',
    finishedAt: '2025-12-07T12:00:01+01:00',
  });
}

/** A KerberosService whose klist answers are set by the test; refreshes wait for `release`. */
function fakeService() {
  const calls = {
    list: 0,
    refresh: [] as Array<{ scope: RefreshScope; password?: string; gpupdate?: boolean }>,
  };
  let release: () => void = () => undefined;
  let listing: KlistListing = EMPTY;
  let refreshError: Error | null = null;
  let after: KlistListing | null = null;
  const service: KerberosService = {
    kind: 'windows',
    capabilities: async (): Promise<Capabilities> => ({
      kind: 'windows',
      userRefreshNeedsPassword: false,
      computerRefresh: { available: true, reason: null },
    }),
    async list() {
      calls.list += 1;
      await Promise.resolve();
      return listing;
    },
    async refresh(scope, options = {}) {
      calls.refresh.push({ scope, ...options });
      await new Promise<void>((resolve) => (release = resolve));
      if (refreshError) throw refreshError;
      return result(scope, after);
    },
  };
  return {
    service,
    calls,
    release: () => release(),
    setListing: (next: KlistListing) => (listing = next),
    setAfter: (next: KlistListing) => (after = next),
    failWith: (error: Error) => (refreshError = error),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the app controller', () => {
  it('reads the cache once for requests that arrive together (resume + unlock), and tells subscribers', async () => {
    const fake = fakeService();
    const app = createAppController({ service: fake.service });
    const events: AppEvent[] = [];
    app.subscribe((event) => events.push(event));
    const [a, b] = await Promise.all([app.listTickets(), app.listTickets()]);
    expect(fake.calls.list).toBe(1);
    expect(a).toBe(b);
    expect(events).toEqual([{ type: 'tickets', view: a }]);
    expect(app.lastView()?.listing).toEqual(EMPTY);
  });

  it('turns a thrown listing failure into a listing with a sentence', async () => {
    const fake = fakeService();
    fake.service.list = async () => {
      throw new Error('spawn EACCES');
    };
    const view = await createAppController({ service: fake.service }).listTickets();
    expect(view.listing.error?.code).toBe('klist-failed');
    expect(say(view.listing.error?.message)).toContain('spawn EACCES');
    expect(say(view.listing.error?.message)).toMatch(/Try again/);
  });

  it('announces a refresh, runs it once even if asked twice, and shows the cache after it', async () => {
    const fake = fakeService();
    const afterListing = { ...EMPTY, logonId: '0:0xafter' };
    fake.setAfter(afterListing);
    const app = createAppController({ service: fake.service });
    const events: AppEvent[] = [];
    app.subscribe((event) => events.push(event));
    const first = app.refresh('user');
    const second = app.refresh('user');
    await tick();
    expect(app.busy()).toBe('user');
    expect(events[0]).toEqual({ type: 'operation', event: { type: 'started', scope: 'user' } });
    fake.release();
    expect(await first).toBe(await second);
    expect(fake.calls.refresh).toHaveLength(1);
    await tick();
    expect(app.busy()).toBeNull();
    expect(events.map((event) => event.type)).toEqual(['operation', 'operation', 'tickets']);
    const last = events.at(-1);
    expect(last?.type === 'tickets' && last.view.listing.logonId).toBe('0:0xafter');
    expect(last?.type === 'tickets' && last.view.busy).toBeNull();
  });

  it('answers "busy" to the other refresh while one runs, without starting it', async () => {
    const fake = fakeService();
    const app = createAppController({ service: fake.service });
    const user = app.refresh('user');
    const computer = await app.refresh('computer', { gpupdate: true });
    expect(computer.error?.code).toBe('busy');
    expect(say(computer.message)).toContain('Another refresh is already running');
    await tick();
    expect(fake.calls.refresh.map((call) => call.scope)).toEqual(['user']);
    fake.release();
    await user;
  });

  it('passes the password through to the service for this one refresh', async () => {
    const fake = fakeService();
    const app = createAppController({ service: fake.service });
    const running = app.refresh('user', { password: 'Winter2025!' });
    await tick();
    fake.release();
    await running;
    expect(fake.calls.refresh).toEqual([{ scope: 'user', password: 'Winter2025!' }]);
  });

  it('finishes a refresh even when a subscriber (a closing window) throws', async () => {
    const fake = fakeService();
    const app = createAppController({ service: fake.service });
    app.subscribe(() => {
      throw new Error('Object has been destroyed');
    });
    const running = app.refresh('computer', { gpupdate: false });
    await tick();
    fake.release();
    expect((await running).outcome).toBe('refreshed');
  });

  it('reports a refresh that crashed as failed, with a sentence, and frees the lock', async () => {
    const fake = fakeService();
    fake.failWith(new Error('klist.exe vanished'));
    const app = createAppController({ service: fake.service });
    const running = app.refresh('user');
    await tick();
    fake.release();
    const outcome = await running;
    expect(outcome.outcome).toBe('failed');
    expect(say(outcome.error?.message)).toContain('klist.exe vanished');
    expect(app.busy()).toBeNull();
  });
});

describe('My groups in the app controller', () => {
  it('verifies a refresh as one locked operation: result first, verdict after the second read', async () => {
    const fake = fakeService();
    const groups = fakeGroups(
      groupsReport(['Domain Users'], ['Domain Users', 'Finance']),
      groupsReport(['Domain Users', 'Finance'], ['Domain Users', 'Finance'], ['Domain Users']),
    );
    const app = createAppController({ service: fake.service, groups: groups.service });
    const events: AppEvent[] = [];
    app.subscribe((event) => events.push(event));
    const running = app.refresh('user', { verify: true });
    await tick();
    expect(groups.reads()).toBe(1);
    expect(fake.calls.refresh).toEqual([{ scope: 'user' }]);
    fake.release();
    const outcome = await running;
    expect(groups.reads()).toBe(2);
    expect(outcome.outcome).toBe('refreshed');
    expect(outcome.verdict?.gained.map((g) => g.name)).toEqual(['LAB\\Finance']);
    expect(outcome.verdict?.needsSignOut.map((g) => g.name)).toEqual(['LAB\\Finance']);
    const operations = events.flatMap((event) => (event.type === 'operation' ? [event.event] : []));
    expect(operations.map((event) => event.type)).toEqual(['started', 'finished', 'verified']);
    expect(operations[1]).toMatchObject({ type: 'finished', verifying: true });
    expect(operations[2]).toEqual({ type: 'verified', scope: 'user', verdict: outcome.verdict });
  });

  it('shows the refresh as done while the verdict is read, but keeps other refreshes out', async () => {
    const fake = fakeService();
    const groups = fakeGroups(groupsReport(['Domain Users']), 'hang');
    const app = createAppController({ service: fake.service, groups: groups.service });
    const running = app.refresh('user', { verify: true });
    await tick();
    fake.release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(groups.reads()).toBe(2);
    // A window opened now shows the result, not a progress panel that no 'finished' would close.
    expect((await app.listTickets()).busy).toBeNull();
    expect(app.busy()).toBe('user');
    const refused = await app.refresh('computer', { gpupdate: false });
    expect(refused.error?.code).toBe('busy');
    // Nothing visible is running any more: the sentence says what is.
    expect(say(refused.message)).toMatch(/still checking your groups after the last refresh/);
    groups.release();
    expect((await running).verdict?.unverified).toBeNull();
    expect(app.busy()).toBeNull();
  });

  it('does not read the groups for a refresh that did not ask for a verdict', async () => {
    const fake = fakeService();
    const groups = fakeGroups(groupsReport(['Domain Users']));
    const app = createAppController({ service: fake.service, groups: groups.service });
    const running = app.refresh('user');
    await tick();
    fake.release();
    expect((await running).verdict).toBeUndefined();
    expect(groups.reads()).toBe(0);
  });

  it('refreshes anyway when the groups read hangs, and says the verdict could not be made', async () => {
    const fake = fakeService();
    const groups = fakeGroups('hang');
    const app = createAppController({
      service: fake.service,
      groups: groups.service,
      verifyTimeoutMs: 100,
    });
    const running = app.refresh('user', { verify: true });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(fake.calls.refresh).toHaveLength(1);
    fake.release();
    const outcome = await running;
    groups.release();
    expect(outcome.ok).toBe(true);
    expect(say(outcome.verdict?.unverified)).toMatch(
      /could not be read before the refresh within 0.1 s/,
    );
  });

  it('reads the groups only after a running refresh is done, and once for requests that arrive together', async () => {
    const fake = fakeService();
    const groups = fakeGroups(groupsReport(['Domain Users'], ['Domain Users', 'Finance']));
    const app = createAppController({ service: fake.service, groups: groups.service });
    const running = app.refresh('computer', { gpupdate: false });
    const reads = Promise.all([app.readGroups(), app.readGroups()]);
    await tick();
    expect(groups.reads()).toBe(0);
    fake.release();
    await running;
    const [a, b] = await reads;
    expect(a).toBe(b);
    expect(groups.reads()).toBe(1);
    // The hints the views show come with the reading.
    expect(a.hints.map((hint) => hint.code)).toEqual(['not-replicated']);
  });

  it('reads again when a refresh started while it was reading', async () => {
    const fake = fakeService();
    const groups = fakeGroups(groupsReport(['Old']), groupsReport(['New']));
    const read = groups.service.read;
    const app = createAppController({ service: fake.service, groups: groups.service });
    let refreshing: Promise<unknown> | null = null;
    groups.service.read = async () => {
      const report = await read();
      // The tray menu starts a refresh while the first read is on its way.
      refreshing ??= app.refresh('user');
      return report;
    };
    const reading = app.readGroups();
    await tick();
    fake.release();
    await refreshing;
    expect((await reading).groups.map((g) => g.name)).toEqual(['LAB\\New']);
    expect(groups.reads()).toBe(2);
  });

  it('turns a failed groups read, or a missing groups service, into a sentence', async () => {
    const fake = fakeService();
    const failing = fakeGroups(new Error('spawn EACCES'));
    await expect(
      createAppController({ service: fake.service, groups: failing.service }).readGroups(),
    ).rejects.toThrow('Regroup could not read your groups (spawn EACCES). Try again;');
    await expect(createAppController({ service: fake.service }).readGroups()).rejects.toThrow(
      /My groups is not available in this copy of Regroup/,
    );
  });
});
