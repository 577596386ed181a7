/** "My groups" for display: names, the order of the rows. */
import { groupName } from '../groups/names';
import type { GroupRow } from '../groups/types';

export { groupName };

/** Groups whose views differ first (they are what a refresh or a sign-out changes), then by name. */
export function sortedRows(rows: GroupRow[]): GroupRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(b.meaning !== null) - Number(a.meaning !== null) ||
      groupName(a).localeCompare(groupName(b), undefined, { sensitivity: 'base' }),
  );
}
