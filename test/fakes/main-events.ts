/**
 * Matchers for what the main process sends its window, for tests that drive the built main.js
 * through the recording fake of Electron (`electron.next(matcher)`).
 */
import { EventChannel } from '../../electron/contract';
import type { OperationEvent, TicketsView } from '../../electron/contract';
import type { FakeElectron, FakeElectronRecord } from './fake-electron';

type Matcher = (record: FakeElectronRecord) => boolean;

/** An event on `channel` whose payload passes `match`. */
export const sendOn =
  <P>(channel: string, match: (payload: P) => boolean = () => true): Matcher =>
  (record) =>
    record.type === 'send' && record.channel === channel && match(record.payload as P);

/** A listing sent to the window. */
export const isView: Matcher = sendOn(EventChannel.ticketsChanged);

/** An operation event of this type ('started', 'finished', 'verified'). */
export const operation = (type: OperationEvent['type']): Matcher =>
  sendOn<OperationEvent>(EventChannel.operation, (event) => event.type === type);

/**
 * Resolves when a verified refresh is over for the window: the verdict was sent, then the listing
 * the app reads once the refresh lets go of its lock. Call it before starting the refresh.
 */
export function refreshSettled(electron: FakeElectron, timeoutMs = 30_000): Promise<unknown> {
  let verified = false;
  const isVerified = operation('verified');
  return electron.next((record) => {
    verified ||= isVerified(record);
    return verified && sendOn<TicketsView>(EventChannel.ticketsChanged, (v) => !v.busy)(record);
  }, timeoutMs);
}

/** The last 'finished' operation event sent (what the window shows as the refresh's result). */
export function lastFinished(
  electron: FakeElectron,
): Extract<OperationEvent, { type: 'finished' }> | undefined {
  return (electron.sent(EventChannel.operation) as OperationEvent[])
    .filter((event) => event.type === 'finished')
    .at(-1);
}
