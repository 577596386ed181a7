/**
 * A listing with no tickets that carries one error: what every reader and service returns when
 * klist could not be run or its text could not be read.
 */
import type { KerberosError, KlistKind, KlistListing } from './types';

/** `complete` is false unless the tool's whole answer was the error itself (`klist: No ...`). */
export function errorListing(
  kind: KlistKind,
  error: KerberosError,
  complete = false,
): KlistListing {
  return { kind, logonId: null, cache: null, principal: null, complete, error, tickets: [] };
}
