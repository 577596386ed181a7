/**
 * A sentence for a person, before it is put into words: a message ID from the catalogue and the
 * values it names. The core returns these (inside errors, refresh results, hints, caveats); the
 * edge (the CLI, the tray, the window) formats them in the person's language. Plain data: it
 * crosses IPC and is written to `--json` as the formatted text (see `localize`).
 */
import type { MessageId } from './catalogue';

export type MessageValue = string | number;
export type MessageValues = Readonly<Record<string, MessageValue>>;

export interface Message {
  readonly id: MessageId;
  readonly values?: MessageValues;
}

/** `msg('kerberos.windows.noLogonSession')`, `msg('cli.list.count', { count: 3 })`. */
export function msg(id: MessageId, values?: MessageValues): Message {
  return values === undefined ? { id } : { id, values };
}

/** True for a value shaped like a Message (used when replacing messages by their text). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return (
    typeof record.id === 'string' &&
    keys.every((k) => k === 'id' || k === 'values') &&
    (record.values === undefined || (typeof record.values === 'object' && record.values !== null))
  );
}
