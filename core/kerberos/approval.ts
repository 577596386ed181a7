/**
 * Can this person approve the administrator prompt that "Refresh computer groups" needs?
 *
 * Asked only where neither IT's helper nor Regroup's own rights do the refresh (computer-route.ts,
 * unix/service.ts). Three answers, and only what was checked:
 *   yes      the prompt is theirs to approve (an administrator's consent, their own password);
 *   no       the prompt could only be approved by somebody else, or the system refuses it: the
 *            window and the CLI do not send them to a password box, they say that it needs an
 *            administrator, and what does the same (a restart, IT's helper);
 *   unknown  a tool failed or gave an answer that is not a full one: the prompt is offered, as
 *            before (it names who may approve), never a "no" that was not established.
 * `detail` is for the help desk: what was read (SIDs, policy values, exit codes), never translated.
 */
import type { Message } from '../i18n/message';

export type Approval =
  | { can: true; detail: string }
  | { can: false; reason: Message; detail: string }
  | { can: null; detail: string };
