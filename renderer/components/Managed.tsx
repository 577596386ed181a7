/**
 * What the IT department's policy sets, in the window: a "Managed by your IT department" section
 * listing it (with a note when a setting could not be used, its detail folded away for the help
 * desk), and the help desk's contact, shown there and under any failure that says to ask the help
 * desk. The contact is IT's own text and is shown as text (never as a link the window would open).
 */
import { createContext, useContext } from 'react';
import type { HelpDeskContact, Message, Policy } from '../../electron/contract';
import { format, t } from '../../core/i18n';
import { asksHelpDesk, helpDeskLines, managedLines, problemsLine } from '../../core/model/managed';
import { InfoIcon } from './Icons';

/** The help desk contact of the policy (null: none set), for failures anywhere in the window. */
export const HelpDeskContext = createContext<HelpDeskContact | null>(null);

function HelpDeskCard({ contact }: { contact: HelpDeskContact }) {
  return (
    <div className="help-desk">
      {helpDeskLines(contact).map((line) => (
        <p key={line.id}>{format(line)}</p>
      ))}
      {contact.text && <p className="help-desk-text">{contact.text}</p>}
    </div>
  );
}

/** The contact under a sentence that says to ask the help desk; nothing otherwise. */
export function HelpDeskFor({ message }: { message: Message | undefined }) {
  const contact = useContext(HelpDeskContext);
  if (!contact || !asksHelpDesk(message)) return null;
  return <HelpDeskCard contact={contact} />;
}

export function ManagedSection({ policy }: { policy: Policy }) {
  const problems = problemsLine(policy);
  return (
    <section className="card managed" aria-labelledby="managed-heading">
      <h2 id="managed-heading" className="card-title">
        <InfoIcon className="tone-info" />
        {t('policy.managed.title')}
      </h2>
      <ul className="managed-list">
        {managedLines(policy).map((line) => (
          <li key={line.id}>{format(line)}</li>
        ))}
      </ul>
      {policy.helpDesk && <HelpDeskCard contact={policy.helpDesk} />}
      {problems && (
        <div className="managed-problem">
          <p>{format(problems)}</p>
          <details className="error-details">
            <summary>{t('error.details')}</summary>
            <pre>
              {[policy.source, ...policy.problems.map((problem) => problem.detail)].join('\n')}
            </pre>
          </details>
        </div>
      )}
    </section>
  );
}
