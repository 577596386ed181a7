/** A group's name as a person reads it: the group insight's sentences and the window use it. */
import type { GroupRef } from './types';

/** `LAB\Finance`, or the SID when no view could name the group. */
export function groupName(group: GroupRef): string {
  return group.name ?? group.sid;
}

/** `LAB\Finance, LAB\Sales` for a sentence. */
export function groupNames(groups: GroupRef[]): string {
  return groups.map(groupName).join(', ');
}
