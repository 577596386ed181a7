import { memo, useEffect, useId, useRef, useState } from 'react';
import type { TgtUpkeep, Ticket } from '../../electron/contract';
import { format, formatDuration, formatTime, t } from '../../core/i18n';
import { encryptionInWords, encryptionStrength, flagInWords } from '../../core/model/describe';
import { healthOf, msLeft, type TicketHealth } from '../../core/model/tickets';
import { serviceInWords } from '../../core/model/services';
import { Name } from './Names';
import { ChevronIcon, ClockIcon } from './Icons';
import { useIncremental } from '../hooks/useIncremental';

/**
 * Service tickets, soonest-ending first; each row expands to its details in plain words.
 * The clock ticks every second, but a row renders again only when what it shows changes (its
 * time left, its health, the day): hundreds of rows re-rendered each second, and each step of
 * filling a long list re-rendering the rows before it, were long tasks (issue 14); the steps are
 * transitions (useIncremental) and rows off screen skip layout and paint (styles.css, `.ticket`),
 * while every row stays in the one list for find-in-page and screen readers. Where Windows
 * keeps the tickets fresh (`upkeep === 'system'`) an ended ticket is no alarm: Windows gets a new
 * one the next time a program needs it.
 */
export function TicketList({
  tickets,
  now,
  upkeep,
}: {
  tickets: Ticket[];
  now: number;
  upkeep: TgtUpkeep;
}) {
  const shown = useIncremental(tickets.length);
  const today = new Date(now).toDateString();
  return (
    <section className="tickets" aria-labelledby="tickets-heading">
      <h2 id="tickets-heading" className="eyebrow">
        {t('tickets.heading', { count: tickets.length })}
      </h2>
      {tickets.length === 0 ? (
        <p className="muted small">{t('tickets.none')}</p>
      ) : (
        <ul className="ticket-list" aria-label={t('tickets.listLabel')}>
          {tickets.slice(0, shown).map((ticket, index) => (
            <TicketRow
              key={`${ticket.server}|${ticket.startTime}|${index}`}
              ticket={ticket}
              {...timeLeft(ticket, now, upkeep)}
              today={today}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** What a row shows of the time: its health and the time left in words. */
function timeLeft(
  ticket: Ticket,
  now: number,
  upkeep: TgtUpkeep,
): { health: TicketHealth; timeText: string } {
  const health = healthOf(ticket, now, upkeep);
  const left = msLeft(ticket, now);
  // Where Windows gets new tickets by itself, an end time is said as a time, never counted down.
  const timeText =
    health === 'expired'
      ? t('tickets.expired')
      : left <= 0
        ? t('tickets.endedRenewed')
        : upkeep === 'system' && ticket.endTime
          ? t('tickets.endsAt', { time: formatTime(ticket.endTime, new Date(now)) })
          : Number.isFinite(left)
            ? t('tickets.timeLeft', { left: formatDuration(left) })
            : '';
  return { health, timeText };
}

interface RowProps {
  ticket: Ticket;
  health: TicketHealth;
  timeText: string;
  /** The day the times are read against (`now`'s `toDateString()`). */
  today: string;
}

const TicketRow = memo(function TicketRow({ ticket, health, timeText, today }: RowProps) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const details = useRef<HTMLDListElement>(null);
  useEffect(() => {
    // Bring the opened details into view (the list scrolls inside the small window).
    if (open) details.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);
  const name = format(serviceInWords(ticket.server));
  const day = new Date(today);
  const flagWords = ticket.flags.map(flagInWords);
  return (
    <li className={`ticket ticket-${health}`}>
      <button
        type="button"
        className="ticket-summary"
        aria-expanded={open}
        aria-controls={detailsId}
        title={flagWords.join('\n')}
        onClick={() => setOpen((value) => !value)}
      >
        <ChevronIcon className="chevron" />
        <span className="ticket-name">
          <Name>{name}</Name>
        </span>
        <span className="ticket-left">
          {health === 'expiring' && <ClockIcon className="ticket-clock" />}
          {timeText}
          {health === 'expiring' && <span className="sr-only">, {t('tickets.expiringSoon')}</span>}
        </span>
      </button>
      {open && (
        <dl className="ticket-details" id={detailsId} ref={details}>
          <div>
            <dt>{t('tickets.server')}</dt>
            <dd className="mono wrap">
              <Name>{ticket.server}</Name>
            </dd>
          </div>
          <div>
            <dt>{t('tickets.encryption')}</dt>
            <dd className={`enc enc-${encryptionStrength(ticket.encryptionType)}`}>
              {encryptionInWords(ticket.encryptionType)}
            </dd>
          </div>
          {ticket.sessionKeyType && ticket.sessionKeyType !== ticket.encryptionType && (
            <div>
              <dt>{t('tickets.sessionKey')}</dt>
              <dd>{encryptionInWords(ticket.sessionKeyType)}</dd>
            </div>
          )}
          <div>
            <dt>{t('tickets.start')}</dt>
            <dd>{formatTime(ticket.startTime, day)}</dd>
          </div>
          {ticket.endTime && (
            <div>
              <dt>{t('tickets.end')}</dt>
              <dd>{formatTime(ticket.endTime, day)}</dd>
            </div>
          )}
          {ticket.renewUntil && (
            <div>
              <dt>{t('tickets.renew')}</dt>
              <dd>{formatTime(ticket.renewUntil, day)}</dd>
            </div>
          )}
          {ticket.kdcCalled && (
            <div>
              <dt>{t('tickets.kdc')}</dt>
              <dd>{ticket.kdcCalled}</dd>
            </div>
          )}
          {flagWords.length > 0 && (
            <div className="flags-row">
              <dt>{t('tickets.flags')}</dt>
              <dd>
                <ul className="flag-list">
                  {flagWords.map((words, index) => (
                    <li key={`${ticket.flags[index]}-${index}`}>{words}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}
    </li>
  );
});
