/** "My groups" for display: names, the order of the rows. */
import type { GroupRef, GroupRow } from '../groups/types';

/** `LAB\Finance`, or the SID when no view could name the group. */
export function groupName(group: GroupRef): string {
  return group.name ?? group.sid;
}

/** `LAB\Finance, LAB\Sales` for a sentence. */
export function groupNames(groups: GroupRef[]): string {
  return groups.map(groupName).join(', ');
}

/** Groups whose views differ first (they are what a refresh or a sign-out changes), then by name. */
export function sortedRows(rows: GroupRow[]): GroupRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(b.meaning !== null) - Number(a.meaning !== null) ||
      groupName(a).localeCompare(groupName(b), undefined, { sensitivity: 'base' }),
  );
}
