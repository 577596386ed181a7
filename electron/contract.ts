/**
 * The one place that names the IPC channels between the main process and the window, and the
 * request / response types of each. The main process (ipc.ts), the preload (preload.ts) and the
 * renderer (type-only) all read this file; nothing else may invent a channel name.
 */
import type { KlistListing, RefreshResult, RefreshScope } from '../core/kerberos/types';
import type { Capabilities, ComputerRoute } from '../core/kerberos/service';
import type { FreshProgram, FreshSignInOutcome } from '../core/session/fresh-programs';
import type { GroupHint, GroupsReport, Verdict } from '../core/groups/types';
import type { Locale, Message } from '../core/i18n';
import type { WaitState } from '../core/groups/group-waiter';
import type { HelpDeskContact, Policy, PolicyProblem } from '../core/policy/types';

export type { Locale, Message };

export type { Capabilities, ComputerRoute, FreshProgram, FreshSignInOutcome };
export type { HelpDeskContact, Policy, PolicyProblem };
// Re-exported so the renderer can take every shared type from this one file.
export type {
  KerberosError,
  KlistKind,
  KlistListing,
  OpenConnection,
  RefreshResult,
  RefreshScope,
  TgtUpkeep,
  Ticket,
} from '../core/kerberos/types';
export type {
  GroupHint,
  GroupRef,
  GroupRow,
  GroupView,
  GroupViewName,
  GroupsReport,
  Verdict,
} from '../core/groups/types';
export type { WaitState } from '../core/groups/group-waiter';

/** Renderer -> main requests (`ipcRenderer.invoke` / `ipcMain.handle`). */
export const InvokeChannel = {
  getLocale: 'regroup:get-locale',
  listTickets: 'regroup:list-tickets',
  getCapabilities: 'regroup:get-capabilities',
  getPolicy: 'regroup:get-policy',
  refreshUser: 'regroup:refresh-user',
  refreshComputer: 'regroup:refresh-computer',
  readGroups: 'regroup:read-groups',
  hideWindow: 'regroup:hide-window',
  signOut: 'regroup:sign-out',
  copyDiagnostics: 'regroup:copy-diagnostics',
  startFreshSignIn: 'regroup:start-fresh-sign-in',
  waitForGroup: 'regroup:wait-for-group',
  cancelWait: 'regroup:cancel-wait',
  getWait: 'regroup:get-wait',
} as const;
export type InvokeChannel = (typeof InvokeChannel)[keyof typeof InvokeChannel];

/** Main -> renderer events (`webContents.send` / `ipcRenderer.on`). */
export const EventChannel = {
  ticketsChanged: 'regroup:tickets-changed',
  operation: 'regroup:operation',
  showPanel: 'regroup:show-panel',
  waitChanged: 'regroup:wait-changed',
} as const;
export type EventChannel = (typeof EventChannel)[keyof typeof EventChannel];

/** What the window shows: the user's ticket cache as last read, and whether a refresh runs. */
export interface TicketsView {
  listing: KlistListing;
  /** When the listing was read (ISO 8601). */
  readAt: string;
  /** The refresh that is running right now, if any (started from the window or the tray menu). */
  busy: RefreshScope | null;
}

export interface RefreshUserRequest {
  /** MIT/Heimdal only, when capabilities say a password is needed. Never stored. */
  password?: string;
  /**
   * Read "My groups" before and after, and answer with the verdict. The refresh never waits long
   * for, or fails because of, the groups reads: a slow or failed read makes the verdict unverified.
   */
  verify?: boolean;
  /**
   * "Refresh anyway" from the offline panel: purge even though no domain controller answered
   * (the CLI's `--force`; only Windows purges before it has new tickets).
   */
  force?: boolean;
}

/** "My groups": the three views row by row, and what the views show about why a refresh may not help. */
export type GroupsReading = GroupsReport & { hints: GroupHint[] };

export interface RefreshComputerRequest {
  /** Also re-apply computer policy (`gpupdate /target:computer`) in the same elevated command. */
  gpupdate: boolean;
  /** "Refresh anyway": as RefreshUserRequest.force. */
  force?: boolean;
}

/** A refresh started or finished (from the window or from the tray menu). */
export type OperationEvent =
  | { type: 'started'; scope: RefreshScope }
  | {
      type: 'finished';
      scope: RefreshScope;
      result: RefreshResult;
      /** True when the groups are being read again for a verdict ('verified' follows). */
      verifying?: boolean;
    }
  | { type: 'verified'; scope: 'user'; verdict: Verdict };

/** "Tell me when it arrives": the group as the person named it (a name or a SID). */
export interface WaitForGroupRequest {
  group: string;
}

/** Whether waiting is allowed here (policy), and the wait that runs or just ended (null: none). */
export interface WaitView {
  allowed: boolean;
  state: WaitState | null;
}

/** Panels the main process may ask the window to open (the tray menu's "Refresh computer groups…"). */
export type PanelRequest = 'confirm-computer' | 'password';

/** Request and response types per invoke channel. */
export interface InvokeContract {
  [InvokeChannel.getLocale]: { request: []; response: Locale };
  [InvokeChannel.listTickets]: { request: []; response: TicketsView };
  [InvokeChannel.getCapabilities]: { request: []; response: Capabilities };
  [InvokeChannel.getPolicy]: { request: []; response: Policy };
  [InvokeChannel.refreshUser]: { request: [RefreshUserRequest]; response: void };
  [InvokeChannel.refreshComputer]: { request: [RefreshComputerRequest]; response: void };
  [InvokeChannel.readGroups]: { request: []; response: GroupsReading };
  [InvokeChannel.hideWindow]: { request: []; response: void };
  [InvokeChannel.signOut]: { request: []; response: void };
  [InvokeChannel.copyDiagnostics]: { request: []; response: void };
  [InvokeChannel.startFreshSignIn]: { request: [FreshProgram]; response: FreshSignInOutcome };
  [InvokeChannel.waitForGroup]: { request: [WaitForGroupRequest]; response: void };
  [InvokeChannel.cancelWait]: { request: []; response: void };
  [InvokeChannel.getWait]: { request: []; response: WaitView };
}

/** Payload per event channel. */
export interface EventContract {
  [EventChannel.ticketsChanged]: TicketsView;
  [EventChannel.operation]: OperationEvent;
  [EventChannel.showPanel]: PanelRequest;
  [EventChannel.waitChanged]: WaitState | null;
}

/** The task-shaped functions the preload exposes as `window.regroup`. */
export interface RegroupApi {
  /** The language the window speaks: the OS language (`app.getLocale()`) when Regroup has it. */
  getLocale(): Promise<Locale>;
  listTickets(): Promise<TicketsView>;
  getCapabilities(): Promise<Capabilities>;
  /**
   * What the IT department's policy sets (core/policy): the window hides or locks what it manages,
   * lists it, shows the help desk contact, and says when a setting could not be used.
   * `waitForGroup` says whether "wait for a group" may be offered.
   */
  getPolicy(): Promise<Policy>;
  /**
   * Starts "Refresh my groups". Its progress, result and verdict arrive as operation events (the
   * only source of the window's state); the promise settles when the refresh is over and rejects
   * only when the request was refused (malformed, or another refresh is running).
   */
  refreshUser(request: RefreshUserRequest): Promise<void>;
  /** Starts "Refresh computer groups"; like refreshUser, the result arrives as events. */
  refreshComputer(request: RefreshComputerRequest): Promise<void>;
  /** Reads the three views of my groups (waits for a running refresh first). */
  readGroups(): Promise<GroupsReading>;
  hideWindow(): Promise<void>;
  /**
   * Signs the person out (Windows: `shutdown.exe /l`), after the window's "save your work"
   * confirmation. Rejects with a sentence where it could not.
   */
  signOut(): Promise<void>;
  /**
   * Copies the diagnosis report (what `regroup diagnose` prints) to the clipboard. Rejects with a
   * sentence when it could not be copied.
   */
  copyDiagnostics(): Promise<void>;
  /**
   * Starts one of Windows' own programs with a new sign-in of the person's own account (Windows
   * asks for it: "Run as different user"); that program alone gets the current groups. Resolves
   * with what happened at the credential prompt; rejects where it is not available.
   */
  startFreshSignIn(program: FreshProgram): Promise<FreshSignInOutcome>;
  /**
   * "Tell me when it arrives": starts waiting for a group (replacing a wait that runs). Its states
   * arrive through onWaitChanged; rejects with a sentence when policy forbids it or the name is empty.
   */
  waitForGroup(request: WaitForGroupRequest): Promise<void>;
  /** Stops the wait that runs, or dismisses the one that ended. */
  cancelWait(): Promise<void>;
  getWait(): Promise<WaitView>;
  /** Called with the new view whenever the main process re-reads the cache. Returns unsubscribe. */
  onTicketsChanged(callback: (view: TicketsView) => void): () => void;
  onOperation(callback: (event: OperationEvent) => void): () => void;
  onShowPanel(callback: (panel: PanelRequest) => void): () => void;
  onWaitChanged(callback: (state: WaitState | null) => void): () => void;
}

/** The minimal transport the API is built on: Electron's ipcRenderer, or the e2e test bridge. */
export interface RegroupTransport {
  invoke<C extends InvokeChannel>(
    channel: C,
    ...args: InvokeContract[C]['request']
  ): Promise<InvokeContract[C]['response']>;
  on<C extends EventChannel>(channel: C, listener: (payload: EventContract[C]) => void): () => void;
}

/** Builds `window.regroup` on top of a transport. Shared by the preload and the e2e bridge. */
export function createRegroupApi(transport: RegroupTransport): RegroupApi {
  return {
    getLocale: () => transport.invoke(InvokeChannel.getLocale),
    listTickets: () => transport.invoke(InvokeChannel.listTickets),
    getCapabilities: () => transport.invoke(InvokeChannel.getCapabilities),
    getPolicy: () => transport.invoke(InvokeChannel.getPolicy),
    refreshUser: (request) => transport.invoke(InvokeChannel.refreshUser, request),
    refreshComputer: (request) => transport.invoke(InvokeChannel.refreshComputer, request),
    readGroups: () => transport.invoke(InvokeChannel.readGroups),
    hideWindow: () => transport.invoke(InvokeChannel.hideWindow),
    signOut: () => transport.invoke(InvokeChannel.signOut),
    copyDiagnostics: () => transport.invoke(InvokeChannel.copyDiagnostics),
    startFreshSignIn: (program) => transport.invoke(InvokeChannel.startFreshSignIn, program),
    waitForGroup: (request) => transport.invoke(InvokeChannel.waitForGroup, request),
    cancelWait: () => transport.invoke(InvokeChannel.cancelWait),
    getWait: () => transport.invoke(InvokeChannel.getWait),
    onTicketsChanged: (callback) => transport.on(EventChannel.ticketsChanged, callback),
    onOperation: (callback) => transport.on(EventChannel.operation, callback),
    onShowPanel: (callback) => transport.on(EventChannel.showPanel, callback),
    onWaitChanged: (callback) => transport.on(EventChannel.waitChanged, callback),
  };
}
