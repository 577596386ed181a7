/**
 * A listing with no tickets that carries one error: what every reader and service returns when
 * klist could not be run or its text could not be read. The only builder of such a listing (the
 * Windows reader adds the LogonId it read to it). `kind` is the family that was asked or
 * recognised; `unknown` when the text matched none.
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
