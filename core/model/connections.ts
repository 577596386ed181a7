/**
 * What the window and the CLI say about the person's open connections to file servers after a
 * refresh (Windows `net use`, read by core/kerberos/windows/net-use.ts): how many there are and
 * that they keep the old groups until idle for 15 minutes or a sign-out, or that none is open.
 * One sentence for both, so they cannot disagree.
 */
import { msg, type Message } from '../i18n/message';
import type { OpenConnection } from '../kerberos/types';

export function openConnectionsInWords(connections: readonly OpenConnection[]): Message {
  return connections.length === 0
    ? msg('krb.result.noOpenConnections')
    : msg('krb.result.openConnections', { count: connections.length });
}

/** `Z:  \\fs01\Finance`, or the remote alone for an implicit connection. */
export function connectionLine(connection: OpenConnection): string {
  return connection.local ? `${connection.local}  ${connection.remote}` : connection.remote;
}
