/**
 * What the tray icon and tooltip say, as a pure function of the last listing. States:
 * valid, expiring (TGT ends within the hour), expired, none (no TGT), error (klist failed).
 * Where Windows keeps the sign-in ticket fresh (`upkeepOf(listing) === 'system'`) it is never
 * expiring or expired: the icon stays calm and the tooltip says Windows renews it.
 */
import type { KerberosError, KlistListing } from '../core/kerberos/types';
import { formatDuration, t } from '../core/i18n';
import { healthOf, msLeft, primaryTgt, principalOf, upkeepOf } from '../core/model/tickets';

export type TrayState = 'valid' | 'expiring' | 'expired' | 'none' | 'error';
export const TRAY_STATES: readonly TrayState[] = ['valid', 'expiring', 'expired', 'none', 'error'];

export interface TrayLook {
  state: TrayState;
  tooltip: string;
}

/** Windows cuts notification-area tooltips at 127 characters. */
export const TOOLTIP_MAX = 127;

/** Error codes that mean "there is simply no ticket", not "something is broken". */
const NO_TICKET_CODES: ReadonlySet<KerberosError['code']> = new Set(['no-credentials']);

export function trayLookFor(listing: KlistListing | null, now: number): TrayLook {
  if (!listing) return { state: 'none', tooltip: t('tray.tooltip.none') };
  if (listing.error && !NO_TICKET_CODES.has(listing.error.code)) {
    return { state: 'error', tooltip: t('tray.tooltip.error') };
  }
  const tgt = primaryTgt(listing);
  if (!tgt) return { state: 'none', tooltip: t('tray.tooltip.none') };
  const principal = principalOf(listing) ?? tgt.client;
  const upkeep = upkeepOf(listing);
  if (upkeep === 'system') {
    return { state: 'valid', tooltip: clip(t('tray.tooltip.renewedBySystem', { principal })) };
  }
  const health = healthOf(tgt, now, upkeep);
  const left = formatDuration(msLeft(tgt, now));
  const tooltip =
    health === 'expired'
      ? t('tray.tooltip.expired', { principal })
      : health === 'expiring'
        ? t('tray.tooltip.expiring', { principal, left })
        : t('tray.tooltip.valid', { principal, left });
  return { state: health, tooltip: clip(tooltip) };
}

function clip(text: string): string {
  return text.length <= TOOLTIP_MAX ? text : `${text.slice(0, TOOLTIP_MAX - 1)}…`;
}

/**
 * When the tray's look (or the window's list) next changes by itself: the next ticket end, or
 * the TGT entering its last hour. Null when nothing will change. The app sets one timer for
 * this instead of polling.
 */
export function nextChangeAt(listing: KlistListing | null, now: number): number | null {
  if (!listing) return null;
  const moments: number[] = [];
  for (const ticket of listing.tickets) {
    if (!ticket.endTime || ticket.expired) continue;
    const end = Date.parse(ticket.endTime);
    if (Number.isFinite(end)) moments.push(end);
  }
  const tgt = primaryTgt(listing);
  if (tgt?.endTime && upkeepOf(listing) !== 'system') {
    moments.push(Date.parse(tgt.endTime) - 60 * 60 * 1000);
  }
  const future = moments.filter((moment) => moment > now);
  return future.length === 0 ? null : Math.min(...future);
}
