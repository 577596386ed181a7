/**
 * The main-process side of the IPC contract. Every handler checks that the request comes from the
 * app's own window (sender id and page URL) and that the payload has exactly the expected shape,
 * then hands the task to the app controller. Refreshes run to completion even if the window
 * closes meanwhile: the handler's promise is the controller's, not the window's.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { EventChannel, InvokeChannel } from './contract';
import type {
  Capabilities,
  EventContract,
  GroupsReading,
  RefreshComputerRequest,
  RefreshUserRequest,
  RefreshUserResponse,
  TicketsView,
} from './contract';
import type { AppController, AppEvent, RefreshOptions } from './app-state';
import type { RefreshResult } from '../core/kerberos/types';
import { t } from '../core/i18n';

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
}

/** Thrown back to the renderer (the invoke promise rejects with this message). */
export class IpcRequestError extends Error {
  override name = 'IpcRequestError';
}

type Handler = (event: SenderInfo, ...args: unknown[]) => Promise<unknown>;

/** Registers every invoke handler; returns a function that removes them again. */
export function registerIpcHandlers(options: IpcOptions): () => void {
  const { ipcMain, app, isTrustedSender, hideWindow } = options;

  const handlers: Record<InvokeChannel, Handler> = {
    [InvokeChannel.listTickets]: async (_event, ...args): Promise<TicketsView> => {
      expectNoArguments(args);
      return app.listTickets();
    },
    [InvokeChannel.getCapabilities]: async (_event, ...args): Promise<Capabilities> => {
      expectNoArguments(args);
      return app.capabilities();
    },
    [InvokeChannel.refreshUser]: async (_event, ...args): Promise<RefreshUserResponse> => {
      const request = parseRefreshUser(args);
      const options: RefreshOptions = {};
      if (request.password) options.password = request.password;
      if (request.verify) options.verify = true;
      return app.refresh('user', options);
    },
    [InvokeChannel.refreshComputer]: async (_event, ...args): Promise<RefreshResult> => {
      const request = parseRefreshComputer(args);
      return app.refresh('computer', { gpupdate: request.gpupdate });
    },
    [InvokeChannel.readGroups]: async (_event, ...args): Promise<GroupsReading> => {
      expectNoArguments(args);
      return app.readGroups();
    },
    [InvokeChannel.hideWindow]: async (_event, ...args): Promise<void> => {
      expectNoArguments(args);
      hideWindow();
    },
  };

  const channels = Object.keys(handlers) as InvokeChannel[];
  for (const channel of channels) {
    const handler = handlers[channel];
    ipcMain.handle(channel, (event: SenderInfo, ...args: unknown[]) => {
      if (!isTrustedSender(event)) throw new IpcRequestError(t('ipc.untrusted'));
      return handler(event, ...args);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** Forwards controller events to the window (`webContents.send`); returns unsubscribe. */
export function forwardAppEvents(
  app: AppController,
  send: <C extends EventChannel>(channel: C, payload: EventContract[C]) => void,
): () => void {
  return app.subscribe((event: AppEvent) => {
    if (event.type === 'tickets') send(EventChannel.ticketsChanged, event.view);
    else send(EventChannel.operation, event.event);
  });
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
const MAX_PASSWORD_LENGTH = 1024;

export function parseRefreshUser(args: unknown[]): RefreshUserRequest {
  const record = expectPlainObject(args, ['password', 'verify']);
  const { password, verify } = record;
  const request: RefreshUserRequest = {};
  if (verify !== undefined) {
    if (typeof verify !== 'boolean') bad('"verify" must be true or false');
    request.verify = verify;
  }
  if (password === undefined) return request;
  if (typeof password !== 'string') bad('"password" must be text');
  if (password.length === 0 || password.length > MAX_PASSWORD_LENGTH) {
    bad(`"password" must be 1 to ${MAX_PASSWORD_LENGTH} characters`);
  }
  if (/[\r\n\0]/.test(password)) bad('"password" must be a single line');
  request.password = password;
  return request;
}

export function parseRefreshComputer(args: unknown[]): RefreshComputerRequest {
  const record = expectPlainObject(args, ['gpupdate']);
  if (typeof record.gpupdate !== 'boolean') bad('"gpupdate" must be true or false');
  return { gpupdate: record.gpupdate };
}
