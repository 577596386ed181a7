/**
 * The main-process side of the IPC contract. Every handler checks that the request comes from the
 * app's own window (sender id and page URL) and that the payload has exactly the expected shape,
 * then hands the task to the app controller. Refreshes run to completion even if the window
 * closes meanwhile: the handler's promise is the controller's, not the window's.
 */
import {
  FRESH_PROGRAMS,
  type FreshProgram,
  type FreshSignInOutcome,
} from '../core/session/fresh-sign-in';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { EventChannel, InvokeChannel } from './contract';
import type {
  EventContract,
  InvokeContract,
  Locale,
  RefreshComputerRequest,
  RefreshUserRequest,
  WaitForGroupRequest,
} from './contract';
import type { AppController, AppEvent, RefreshOptions } from './app-state';
import type { GroupWaitController } from './group-wait';
import type { RefreshResult } from '../core/kerberos/types';
import { format, t } from '../core/i18n';
import { defaultPolicy } from '../core/policy/defaults';
import type { Policy } from '../core/policy/types';
import { MAX_PASSWORD_LENGTH, passwordProblem } from '../core/model/password';

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** The parts of an invoke event the checks read. Electron's IpcMainInvokeEvent satisfies it. */
export interface SenderInfo {
  sender: Pick<IpcMainInvokeEvent['sender'], 'id'>;
  senderFrame: { url: string } | null;
}

export interface IpcOptions {
  ipcMain: IpcMainLike;
  app: AppController;
  isTrustedSender: (event: SenderInfo) => boolean;
  hideWindow: () => void;
  /** The language the window speaks (the main process chose it from `app.getLocale()`). */
  locale: Locale;
  /**
   * Signs the person out (core/session/sign-out.ts); absent where Regroup cannot. Only the window's
   * "Sign out" after "save your work" calls it.
   */
  signOut?: () => Promise<void>;
  /** The IT department's policy (core/policy); absent: none (the defaults). */
  policy?: Policy;
  /** Builds the diagnosis and writes it to the clipboard (diagnostics.ts); absent: not offered. */
  copyDiagnostics?: () => Promise<unknown>;
  /**
   * Starts one fixed Windows program with a new sign-in (core/session/fresh-sign-in.ts); absent
   * where Regroup cannot (macOS, Linux).
   */
  freshSignIn?: (program: FreshProgram) => Promise<FreshSignInOutcome>;
  /** "Tell me when it arrives" (group-wait.ts); absent: waiting is not offered. */
  waits?: GroupWaitController;
}

/** Thrown back to the renderer (the invoke promise rejects with this message). */
export class IpcRequestError extends Error {
  override name = 'IpcRequestError';
}

/** One handler per channel, typed by the contract: what it answers is what the window expects. */
type Handlers = {
  [C in InvokeChannel]: (...args: unknown[]) => Promise<InvokeContract[C]['response']>;
};

/** Registers every invoke handler; returns a function that removes them again. */
export function registerIpcHandlers(options: IpcOptions): () => void {
  const {
    ipcMain,
    app,
    isTrustedSender,
    hideWindow,
    locale,
    signOut,
    copyDiagnostics,
    freshSignIn,
    waits,
  } = options;
  const policy = options.policy ?? defaultPolicy('');

  const handlers: Handlers = {
    [InvokeChannel.getLocale]: async (...args) => {
      expectNoArguments(args);
      return locale;
    },
    [InvokeChannel.getPolicy]: async (...args) => {
      expectNoArguments(args);
      return policy;
    },
    [InvokeChannel.listTickets]: async (...args) => {
      expectNoArguments(args);
      return app.listTickets();
    },
    [InvokeChannel.getCapabilities]: async (...args) => {
      expectNoArguments(args);
      return app.capabilities();
    },
    [InvokeChannel.refreshUser]: async (...args) => {
      const request = parseRefreshUser(args);
      const refreshOptions: RefreshOptions = {};
      if (request.password) refreshOptions.password = request.password;
      if (request.verify) refreshOptions.verify = true;
      if (request.force) refreshOptions.force = true;
      refusedIfBusy(await app.refresh('user', refreshOptions));
    },
    [InvokeChannel.refreshComputer]: async (...args) => {
      const request = parseRefreshComputer(args);
      // The window hides the button; a request that comes anyway is refused, not run.
      if (policy.hideComputerRefresh) throw new IpcRequestError(t('policy.managed.computerHidden'));
      const refreshOptions: RefreshOptions = {
        gpupdate: request.gpupdate || policy.gpupdate === 'forced',
      };
      if (request.force) refreshOptions.force = true;
      refusedIfBusy(await app.refresh('computer', refreshOptions));
    },
    [InvokeChannel.readGroups]: async (...args) => {
      expectNoArguments(args);
      return app.readGroups();
    },
    [InvokeChannel.hideWindow]: async (...args) => {
      expectNoArguments(args);
      hideWindow();
    },
    [InvokeChannel.signOut]: async (...args) => {
      expectNoArguments(args);
      if (!signOut) throw new IpcRequestError(t('signOut.unavailable'));
      try {
        await signOut();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new IpcRequestError(t('signOut.failed', { detail }));
      }
    },
    [InvokeChannel.copyDiagnostics]: async (...args) => {
      expectNoArguments(args);
      if (!copyDiagnostics)
        throw new IpcRequestError(t('actions.copyDiagnostics.failed', { detail: 'not available' }));
      try {
        await copyDiagnostics();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new IpcRequestError(t('actions.copyDiagnostics.failed', { detail }));
      }
    },
    [InvokeChannel.startFreshSignIn]: async (...args) => {
      const program = parseFreshProgram(args);
      if (!freshSignIn) throw new IpcRequestError(t('freshSignIn.unavailable'));
      return freshSignIn(program);
    },
    [InvokeChannel.waitForGroup]: async (...args) => {
      const { group } = parseWaitForGroup(args);
      if (!waits?.allowed()) throw new IpcRequestError(t('wait.notAllowed'));
      waits.start(group);
    },
    [InvokeChannel.cancelWait]: async (...args) => {
      expectNoArguments(args);
      waits?.cancel();
    },
    [InvokeChannel.getWait]: async (...args) => {
      expectNoArguments(args);
      return { allowed: waits?.allowed() ?? false, state: waits?.current() ?? null };
    },
  };

  const channels = Object.keys(handlers) as InvokeChannel[];
  for (const channel of channels) {
    const handler = handlers[channel];
    ipcMain.handle(channel, (event: SenderInfo, ...args: unknown[]) => {
      if (!isTrustedSender(event)) throw new IpcRequestError(t('ipc.untrusted'));
      return handler(...args);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/**
 * A refresh refused because another one runs is the one refresh answer the window hears through
 * the invoke reply (it never started, so no event tells of it); every other result arrives as an
 * operation event.
 */
function refusedIfBusy(result: RefreshResult): void {
  if (result.error?.code === 'busy') throw new IpcRequestError(format(result.error.message));
}

/** Sends one event to the window, typed by the contract. */
export type WindowSender = <C extends EventChannel>(channel: C, payload: EventContract[C]) => void;

/** The one way the main process talks to the window: nothing is sent to a destroyed window. */
export function createWindowSender(
  contents: () => Pick<WebContents, 'send' | 'isDestroyed'> | null,
): WindowSender {
  return (channel, payload) => {
    const target = contents();
    if (target && !target.isDestroyed()) target.send(channel, payload);
  };
}

/** Forwards controller events to the window; returns unsubscribe. */
export function forwardAppEvents(app: AppController, send: WindowSender): () => void {
  return app.subscribe((event: AppEvent) => {
    if (event.type === 'tickets') send(EventChannel.ticketsChanged, event.view);
    else send(EventChannel.operation, event.event);
  });
}

/** Sends each state of the waits to the window; returns unsubscribe. */
export function forwardWaitEvents(waits: GroupWaitController, send: WindowSender): () => void {
  return waits.subscribe((state) => send(EventChannel.waitChanged, state));
}

function bad(detail: string): never {
  throw new IpcRequestError(t('ipc.badRequest', { detail }));
}

function expectNoArguments(args: unknown[]): void {
  if (args.length > 0) bad('this request takes no arguments');
}

function expectPlainObject(args: unknown[], allowed: readonly string[]): Record<string, unknown> {
  if (args.length !== 1) bad(`expected one argument, got ${args.length}`);
  const value = args[0];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    bad('expected an object');
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) bad('expected a plain object');
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) bad(`unknown field "${key}"`);
  }
  return record;
}

/** Longest password accepted (kinit has its own limits; this only stops absurd payloads). */

export function parseRefreshUser(args: unknown[]): RefreshUserRequest {
  const record = expectPlainObject(args, ['password', 'verify', 'force']);
  const { password, verify, force } = record;
  const request: RefreshUserRequest = {};
  if (verify !== undefined) request.verify = flag(verify, 'verify');
  if (force !== undefined) request.force = flag(force, 'force');
  if (password === undefined) return request;
  if (typeof password !== 'string') bad('"password" must be text');
  const problem = passwordProblem(password);
  if (problem === 'empty' || problem === 'too-long') {
    bad(`"password" must be 1 to ${MAX_PASSWORD_LENGTH} characters`);
  }
  if (problem) bad('"password" must be a single line');
  request.password = password;
  return request;
}

/** One of the fixed programs, and nothing else: no path from the window reaches a command line. */
export function parseFreshProgram(args: unknown[]): FreshProgram {
  if (args.length !== 1) bad(`expected one argument, got ${args.length}`);
  const program = FRESH_PROGRAMS.find((p) => p === args[0]);
  if (!program) bad(`"program" must be one of ${FRESH_PROGRAMS.join(', ')}`);
  return program;
}

/** The longest group name or SID accepted (AD names are at most 256 characters with the domain). */
const MAX_GROUP_LENGTH = 300;

export function parseWaitForGroup(args: unknown[]): WaitForGroupRequest {
  const { group } = expectPlainObject(args, ['group']);
  if (typeof group !== 'string') bad('"group" must be text');
  const name = group.trim();
  const control = [...name].some((c) => c.charCodeAt(0) < 0x20);
  if (name === '' || name.length > MAX_GROUP_LENGTH || control)
    throw new IpcRequestError(t('wait.badGroup'));
  return { group: name };
}

export function parseRefreshComputer(args: unknown[]): RefreshComputerRequest {
  const record = expectPlainObject(args, ['gpupdate', 'force']);
  const request: RefreshComputerRequest = { gpupdate: flag(record.gpupdate, 'gpupdate') };
  if (record.force !== undefined) request.force = flag(record.force, 'force');
  return request;
}

/** A field that must be true or false. */
function flag(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') bad(`"${name}" must be true or false`);
  return value;
}
