/**
 * The KDC's clock, read over Kerberos itself: how far this computer's clock is from the domain
 * controller's, and how long the KDC took to answer.
 *
 * Source: every KRB-ERROR a KDC sends carries its current time (`stime`, `susec`; RFC 4120
 * section 5.9.1, both required fields). So Regroup sends one AS-REQ (RFC 4120 section 5.4.1) over
 * TCP to port 88 for a client name no account has (`regroup-clock-check`, no pre-authentication),
 * and reads the time out of the KDC's refusal (KDC_ERR_C_PRINCIPAL_UNKNOWN). This is the clock
 * Kerberos itself checks (the 5-minute tolerance is the KDC's), it needs no elevation, no tool and
 * no text parsing on any platform (Windows included: a plain TCP socket), and nothing secret is
 * asked for or sent: no account of the person is named, so no AS-REP (encrypted with a person's
 * key) can come back. A directory audit log may show one failed request for that fixed name.
 *
 * The offset is the KDC's time minus the local clock at the middle of the round trip, so network
 * latency does not count as skew; `susec` gives microseconds. Never throws: a failure is a
 * reading with a reason (a Message for the person, the detail for the help desk).
 */
import type * as Net from 'node:net';
import { msg, type Message } from '../i18n/message';
import type { KdcAddress } from './preflight';

/** The client name the probe asks for: no account has it (see the header). */
export const PROBE_CLIENT = 'regroup-clock-check';

export type KdcClockReading =
  | {
      ok: true;
      kdc: KdcAddress;
      /** The KDC's time (ISO 8601, UTC). */
      kdcTime: string;
      /** This computer's time at the middle of the round trip (ISO 8601, UTC). */
      localTime: string;
      /** KDC time minus local time, in milliseconds (positive: this computer is behind). */
      offsetMs: number;
      roundTripMs: number;
      /** The KRB-ERROR code the KDC answered with (6: client unknown, as expected). */
      errorCode: number;
    }
  | { ok: false; kdc: KdcAddress; reason: Message; detail: string };

export interface KdcClockOptions {
  timeoutMs?: number;
  now?: () => Date;
  /** Sends one request and resolves to the reply (tests of failures; default: TCP, RFC 4120 7.2.2). */
  exchange?: (kdc: KdcAddress, request: Buffer, timeoutMs: number) => Promise<Buffer>;
}

// --- DER, just enough of it -------------------------------------------------------------------

function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const length =
    n < 0x80
      ? Buffer.from([n])
      : n < 0x100
        ? Buffer.from([0x81, n])
        : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
}

const context = (n: number, content: Buffer): Buffer => tlv(0xa0 + n, content);
const sequence = (...items: Buffer[]): Buffer => tlv(0x30, Buffer.concat(items));
const generalString = (text: string): Buffer => tlv(0x1b, Buffer.from(text, 'ascii'));

function integer(value: number): Buffer {
  const bytes: number[] = [];
  let v = value;
  do {
    bytes.unshift(v & 0xff);
    v = Math.floor(v / 256);
  } while (v > 0);
  if ((bytes[0] ?? 0) & 0x80) bytes.unshift(0);
  return tlv(0x02, Buffer.from(bytes));
}

const principalName = (type: number, parts: string[]): Buffer =>
  sequence(context(0, integer(type)), context(1, sequence(...parts.map(generalString))));

/** The AS-REQ the probe sends (exported for the tests, which decode it with a real tool's eye). */
export function buildProbeRequest(realm: string, nonce: number): Buffer {
  const body = sequence(
    context(0, tlv(0x03, Buffer.from([0, 0, 0, 0, 0]))), // kdc-options: none
    context(1, principalName(1, [PROBE_CLIENT])), // NT-PRINCIPAL
    context(2, generalString(realm)),
    context(3, principalName(2, ['krbtgt', realm])), // NT-SRV-INST
    context(5, tlv(0x18, Buffer.from('20370913024805Z', 'ascii'))), // till
    context(7, integer(nonce)),
    context(8, sequence(integer(18), integer(17))), // aes256, aes128
  );
  const req = sequence(context(1, integer(5)), context(2, integer(10)), context(4, body));
  return tlv(0x6a, req); // [APPLICATION 10] AS-REQ
}

interface Node {
  tag: number;
  content: Buffer;
}

function read(buf: Buffer, at: number): { node: Node; next: number } {
  const tag = buf[at];
  let length = buf[at + 1];
  if (tag === undefined || length === undefined) throw new Error('truncated DER');
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count < 1 || count > 3) throw new Error('unsupported DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (buf[start + i] ?? 0);
    start += count;
  }
  if (start + length > buf.length) throw new Error('truncated DER');
  return { node: { tag, content: buf.subarray(start, start + length) }, next: start + length };
}

function children(node: Node): Map<number, Node> {
  const out = new Map<number, Node>();
  for (let at = 0; at < node.content.length;) {
    const { node: child, next } = read(node.content, at);
    out.set(child.tag, read(child.content, 0).node); // [n] EXPLICIT: the value inside
    at = next;
  }
  return out;
}

const intOf = (node: Node | undefined): number | null =>
  node && node.tag === 0x02 ? node.content.readIntBE(0, Math.min(node.content.length, 6)) : null;

/** `YYYYMMDDHHMMSSZ` (KerberosTime) as epoch milliseconds. */
function kerberosTime(node: Node | undefined): number | null {
  if (!node || node.tag !== 0x18) return null;
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(node.content.toString('ascii'));
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
}

/** The KDC's time (ms, with `susec`) and error code out of a KRB-ERROR; throws on anything else. */
export function readKrbErrorTime(reply: Buffer): { timeMs: number; errorCode: number } {
  const outer = read(reply, 0).node;
  if (outer.tag === 0x6b) throw new Error('AS-REP instead of KRB-ERROR');
  if (outer.tag !== 0x7e) throw new Error(`not a KRB-ERROR (tag 0x${outer.tag.toString(16)})`);
  const fields = children(read(outer.content, 0).node);
  const stime = kerberosTime(fields.get(0xa4));
  const susec = intOf(fields.get(0xa5));
  const errorCode = intOf(fields.get(0xa6));
  if (stime === null || susec === null || errorCode === null)
    throw new Error('KRB-ERROR without stime, susec or error-code');
  return { timeMs: stime + susec / 1000, errorCode };
}

/** One request and its reply over TCP: a 4-byte big-endian length before each (RFC 4120 7.2.2). */
export async function tcpExchange(
  kdc: KdcAddress,
  request: Buffer,
  timeoutMs: number,
): Promise<Buffer> {
  // Loaded with the first exchange, not with the app (issue 14, start-up).
  const net: typeof Net = await import('node:net');
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: kdc.host, port: kdc.port });
    let got = Buffer.alloc(0);
    const finish = (error: Error | null, reply?: Buffer): void => {
      socket.destroy();
      if (error) reject(error);
      else resolve(reply ?? Buffer.alloc(0));
    };
    socket.setTimeout(timeoutMs, () => finish(new Error(`no answer within ${timeoutMs} ms`)));
    socket.once('error', (error) => finish(error));
    socket.once('connect', () => {
      const prefix = Buffer.alloc(4);
      prefix.writeUInt32BE(request.length);
      socket.write(Buffer.concat([prefix, request]));
    });
    socket.on('data', (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      if (got.length < 4) return;
      const length = got.readUInt32BE(0);
      if (length > 65_536) finish(new Error(`reply of ${length} bytes`));
      else if (got.length >= 4 + length) finish(null, got.subarray(4, 4 + length));
    });
    socket.once('end', () => finish(new Error('the KDC closed the connection without a reply')));
  });
}

/** Reads the KDC's clock once. Never throws. */
export async function readKdcClock(
  kdc: KdcAddress,
  realm: string,
  options: KdcClockOptions = {},
): Promise<KdcClockReading> {
  const now = options.now ?? (() => new Date());
  const exchange = options.exchange ?? tcpExchange;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const where = `${kdc.host}:${kdc.port}`;
  const nonce = Math.floor(Math.random() * 0x7fffffff);
  const sent = now().getTime();
  let reply: Buffer;
  try {
    reply = await exchange(kdc, buildProbeRequest(realm.toUpperCase(), nonce), timeoutMs);
  } catch (error) {
    const detail = `${where}: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, kdc, reason: msg('krb.clock.noAnswer', { host: kdc.host }), detail };
  }
  const received = now().getTime();
  try {
    const { timeMs, errorCode } = readKrbErrorTime(reply);
    const middle = (sent + received) / 2;
    return {
      ok: true,
      kdc,
      kdcTime: new Date(Math.round(timeMs)).toISOString(),
      localTime: new Date(Math.round(middle)).toISOString(),
      offsetMs: Math.round(timeMs - middle),
      roundTripMs: received - sent,
      errorCode,
    };
  } catch (error) {
    const detail = `${where}: ${error instanceof Error ? error.message : String(error)} (${reply.length} bytes: ${reply.subarray(0, 16).toString('hex')})`;
    return { ok: false, kdc, reason: msg('krb.clock.unreadable', { host: kdc.host }), detail };
  }
}
