/**
 * A typed stand-in for `window.regroup` for renderer tests: every call is recorded, answers are
 * set per test, refreshes wait until the test settles them, and events can be pushed like the
 * main process would.
 */
import type {
  Capabilities,
  FreshProgram,
  FreshSignInOutcome,
  GroupRow,
  GroupsReading,
  KlistListing,
  OperationEvent,
  PanelRequest,
  Policy,
  RefreshComputerRequest,
  RefreshScope,
  RefreshResult,
  RefreshUserRequest,
  RegroupApi,
  TicketsView,
  Verdict,
  WaitState,
  WaitView,
} from '../../electron/contract';
import { msg } from '../../core/i18n';
import { defaultPolicy } from '../../core/model/managed';
import { listingOf, ticketOf } from '../../test/fakes/kerberos-data';

const HOUR = 3_600_000;

export {
  listingOf as listing,
  refreshResultOf as refreshResult,
  ticketOf as ticket,
} from '../../test/fakes/kerberos-data';

export function workday(): KlistListing {
  return listingOf([
    ticketOf('krbtgt/CONTOSO.COM@CONTOSO.COM', 7 * HOUR + 42 * 60_000, {
      flags: ['forwardable', 'renewable', 'initial', 'pre_authent', 'name_canonicalize'],
    }),
    ticketOf('cifs/fs01.contoso.com@CONTOSO.COM', 7 * HOUR),
    ticketOf('MSSQLSvc/sql01.contoso.com:1433@CONTOSO.COM', 7 * HOUR, {
      encryptionType: 'RSADSI RC4-HMAC(NT)',
    }),
  ]);
}

const FINANCE = 'S-1-5-21-1004336348-1177238915-682003330-1105';
const SALES = 'S-1-5-21-1004336348-1177238915-682003330-1106';

export function groupRow(extra: Partial<GroupRow> & Pick<GroupRow, 'sid'>): GroupRow {
  return {
    name: null,
    signInToken: true,
    kerberosServices: true,
    directory: true,
    scope: 'domain',
    meaning: null,
    ...extra,
  };
}

/** A Windows reading: Finance added in the directory, Sales already in the tickets, a local group. */
export function groupsReading(extra: Partial<GroupsReading> = {}): GroupsReading {
  return {
    principal: 'dyork@CONTOSO.COM',
    dc: 'DC01.contoso.com',
    readAt: new Date().toISOString(),
    tokenSidCount: 4,
    groups: [
      groupRow({
        sid: 'S-1-5-21-1004336348-1177238915-682003330-513',
        name: 'CONTOSO\\Domain Users',
      }),
      groupRow({
        sid: FINANCE,
        name: 'CONTOSO\\Finance',
        signInToken: false,
        kerberosServices: false,
        meaning: msg('insight.meaning.newGroup'),
      }),
      groupRow({
        sid: SALES,
        name: null,
        signInToken: false,
        meaning: msg('insight.meaning.needsSignOut'),
      }),
      groupRow({
        sid: 'S-1-5-32-545',
        name: 'BUILTIN\\Users',
        kerberosServices: null,
        directory: null,
        scope: 'local',
        meaning: msg('insight.meaning.local'),
      }),
    ],
    views: {
      signInToken: { available: true, reason: null, source: 'whoami /groups' },
      kerberosServices: { available: true, reason: null, source: 'ADSI rootDSE tokenGroups' },
      directory: { available: true, reason: null, source: 'ADSI tokenGroups' },
    },
    hints: [],
    ...extra,
  };
}

interface Pending {
  scope: RefreshScope;
  settle(): void;
}

/** A finished refresh as the main process reports it: the result, and the verdict when verified. */
export type FinishedRefresh = RefreshResult & { verdict?: Verdict };

export function fakeRegroup(initial: KlistListing = workday()) {
  let view: TicketsView = { listing: initial, readAt: new Date().toISOString(), busy: null };
  let capabilities: Capabilities = {
    kind: 'windows',
    userRefreshNeedsPassword: false,
    computerRefresh: { available: true, reason: null },
  };
  let listFailure: Error | null = null;
  /** No policy: what core/policy resolves when IT set nothing. */
  let policy: Policy = defaultPolicy('');
  let reading: GroupsReading = groupsReading();
  let groupsFailure: Error | null = null;
  let signOutFailure: Error | null = null;
  let copyFailure: Error | null = null;
  let freshAnswer: FreshSignInOutcome = { outcome: 'started' };
  const calls = {
    freshSignIn: [] as FreshProgram[],
    listTickets: 0,
    hideWindow: 0,
    signOut: 0,
    copyDiagnostics: 0,
    readGroups: 0,
    refreshUser: [] as RefreshUserRequest[],
    refreshComputer: [] as RefreshComputerRequest[],
    waitForGroup: [] as string[],
    cancelWait: 0,
  };
  let waitView: WaitView = { allowed: true, state: null };
  const waitListeners = new Set<(state: WaitState | null) => void>();
  const pending: Pending[] = [];
  const ticketListeners = new Set<(view: TicketsView) => void>();
  const operationListeners = new Set<(event: OperationEvent) => void>();
  const panelListeners = new Set<(panel: PanelRequest) => void>();

  const emit = (event: OperationEvent) => operationListeners.forEach((listener) => listener(event));

  /** Like the main process: 'started' at once; the result and verdict as events when it ends. */
  const start = (scope: RefreshScope) => {
    emit({ type: 'started', scope });
    return new Promise<void>((resolve) => pending.push({ scope, settle: resolve }));
  };

  const api: RegroupApi = {
    async listTickets() {
      calls.listTickets += 1;
      if (listFailure) throw listFailure;
      return view;
    },
    getLocale: async () => 'en',
    getCapabilities: async () => capabilities,
    getPolicy: async () => policy,
    refreshUser(request) {
      calls.refreshUser.push(request);
      return start('user');
    },
    refreshComputer(request) {
      calls.refreshComputer.push(request);
      return start('computer');
    },
    async readGroups() {
      calls.readGroups += 1;
      if (groupsFailure) throw groupsFailure;
      return reading;
    },
    async hideWindow() {
      calls.hideWindow += 1;
    },
    async copyDiagnostics() {
      calls.copyDiagnostics += 1;
      if (copyFailure) throw copyFailure;
    },
    async signOut() {
      calls.signOut += 1;
      if (signOutFailure) throw signOutFailure;
    },
    async startFreshSignIn(program) {
      calls.freshSignIn.push(program);
      return freshAnswer;
    },
    onTicketsChanged(callback) {
      ticketListeners.add(callback);
      return () => ticketListeners.delete(callback);
    },
    onOperation(callback) {
      operationListeners.add(callback);
      return () => operationListeners.delete(callback);
    },
    onShowPanel(callback) {
      panelListeners.add(callback);
      return () => panelListeners.delete(callback);
    },
    async waitForGroup({ group }) {
      calls.waitForGroup.push(group);
      if (!waitView.allowed)
        throw new Error('Your organization has turned off waiting for groups in Regroup.');
    },
    async cancelWait() {
      calls.cancelWait += 1;
    },
    getWait: async () => waitView,
    onWaitChanged(callback) {
      waitListeners.add(callback);
      return () => waitListeners.delete(callback);
    },
  };

  return {
    api,
    calls,
    setListing(next: KlistListing) {
      view = { ...view, listing: next };
    },
    setCapabilities(next: Capabilities) {
      capabilities = next;
    },
    setPolicy(next: Partial<Policy>) {
      policy = { ...policy, ...next };
    },
    failListing(error: Error | null) {
      listFailure = error;
    },
    setGroups(next: GroupsReading) {
      reading = next;
    },
    failGroups(error: Error | null) {
      groupsFailure = error;
    },
    failSignOut(error: Error | null) {
      signOutFailure = error;
    },
    failCopyDiagnostics(error: Error | null) {
      copyFailure = error;
    },
    /** What the credential prompt answers to the next fresh sign-ins. */
    answerFreshSignIn(next: FreshSignInOutcome) {
      freshAnswer = next;
    },
    /** Finishes the oldest running refresh: its result (and verdict) as events, then the reply. */
    settle(finished: FinishedRefresh) {
      const next = pending.shift();
      if (!next) throw new Error('no refresh is running');
      const { verdict, ...result } = finished;
      emit({ type: 'finished', scope: next.scope, result });
      if (verdict && next.scope === 'user') emit({ type: 'verified', scope: 'user', verdict });
      next.settle();
    },
    pushView(next: TicketsView) {
      view = next;
      ticketListeners.forEach((listener) => listener(next));
    },
    pushOperation(event: OperationEvent) {
      emit(event);
    },
    pushPanel(panel: PanelRequest) {
      panelListeners.forEach((listener) => listener(panel));
    },
    setWait(next: WaitView) {
      waitView = next;
    },
    pushWait(state: WaitState | null) {
      waitListeners.forEach((listener) => listener(state));
    },
  };
}
