import type { GroupHint } from '../../electron/contract';
import { format, t } from '../../core/i18n';

/** Reasons seen in the views are listed; general advice (not detectable from here) is folded away. */
export function HintList({ hints }: { hints: readonly GroupHint[] }) {
  const found = hints.filter((hint) => hint.detected);
  const notes = hints.filter((hint) => !hint.detected);
  return (
    <>
      {found.length > 0 && (
        <ul className="hint-list">
          {found.map((hint) => (
            <li key={hint.code}>
              <strong>{t('groups.hint.found')}</strong> {format(hint.message)}
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <details className="more-hints">
          <summary>{t('groups.hint.more', { count: notes.length })}</summary>
          <ul className="hint-list">
            {notes.map((hint) => (
              <li key={hint.code}>{format(hint.message)}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
