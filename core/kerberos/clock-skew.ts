/**
 * Clock skew, judged before a refresh purges anything. Kerberos refuses requests whose time is too
 * far from the KDC's: 300 seconds by default on both sides (MIT krb5.conf `[libdefaults] clockskew`,
 * default 300 s; Microsoft's Kerberos policy "Maximum tolerance for computer clock
 * synchronization", default 5 minutes). A refresh with a clock that far off purges the tickets
 * and then cannot get new ones, so Regroup stops at 4 minutes, a minute inside the limit, and says
 * how to fix the clock. An unreadable KDC clock never blocks a refresh: only a measured skew does.
 */
import { msg } from '../i18n/message';
import type { KdcClockReading } from './kdc-clock';
import type { KerberosError } from './types';

/** Beyond this offset a refresh stops (the Kerberos default tolerance is 5 minutes). */
export const SKEW_LIMIT_MS = 4 * 60_000;

/** Kerberos's own default tolerance, for the help desk's detail. */
const KERBEROS_TOLERANCE_S = 300;

export type ClockPlatform = 'windows' | 'unix';

/** `+600.0 s`: an offset as the help desk reads it (positive: this computer is behind). */
export const offsetText = (offsetMs: number): string =>
  `${offsetMs >= 0 ? '+' : '-'}${(Math.abs(offsetMs) / 1000).toFixed(1)} s`;

/** The KDC's and this computer's time, and the offset: the detail of every clock sentence. */
export function clockDetail(reading: Extract<KdcClockReading, { ok: true }>): string {
  return (
    `KDC ${reading.kdc.host}:${reading.kdc.port} time ${reading.kdcTime}, this computer ${reading.localTime}, ` +
    `offset ${offsetText(reading.offsetMs)} (round trip ${reading.roundTripMs} ms); ` +
    `Regroup stops at ${SKEW_LIMIT_MS / 1000} s, Kerberos refuses beyond ${KERBEROS_TOLERANCE_S} s ` +
    `(MIT krb5.conf clockskew; Windows "Maximum tolerance for computer clock synchronization")`
  );
}

/** The clock-skew error for a reading beyond the limit, else null (also for an unread clock). */
export function clockSkewError(
  reading: KdcClockReading | null,
  platform: ClockPlatform,
): KerberosError | null {
  if (!reading?.ok || Math.abs(reading.offsetMs) <= SKEW_LIMIT_MS) return null;
  const values = {
    minutes: Math.round(Math.abs(reading.offsetMs) / 60_000),
    // The KDC's clock is later than ours: this computer is behind.
    direction: reading.offsetMs > 0 ? 'behind' : 'ahead',
    host: reading.kdc.host,
  };
  return {
    code: 'clock-skew',
    message: msg(
      platform === 'windows' ? 'krb.clock.skewed.windows' : 'krb.clock.skewed.unix',
      values,
    ),
    detail: clockDetail(reading),
  };
}
