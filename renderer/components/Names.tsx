/**
 * Names as data: a person's, a server's or a group's name is shown as it is in every language,
 * isolated (`<bdi>`) so that right-to-left characters or control characters in a name cannot
 * reorder the sentence around it.
 */
import type { GroupRef } from '../../electron/contract';
import { formatList } from '../../core/i18n';
import { groupName } from '../../core/model/groups';

export function Name({ children }: { children: string }) {
  return <bdi className="name">{children}</bdi>;
}

/**
 * `CONTOSO\Marketing` in a narrow column: it may break after the backslash (`<wbr>`), so the
 * group's own name stays whole instead of losing its last letter to the next line.
 */
export function QualifiedName({ children }: { children: string }) {
  const at = children.indexOf('\\');
  if (at < 0) return <Name>{children}</Name>;
  return (
    <bdi className="name">
      {children.slice(0, at + 1)}
      <wbr />
      {children.slice(at + 1)}
    </bdi>
  );
}

/** `LAB\Finance, LAB\Sales and LAB\HR`, joined the way the reader's language joins a list. */
export function GroupNames({ groups }: { groups: readonly GroupRef[] }) {
  return (
    <>
      {formatList(groups.map(groupName)).map((part, i) =>
        part.type === 'element' ? <Name key={i}>{part.value}</Name> : part.value,
      )}
    </>
  );
}
