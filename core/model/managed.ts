/**
 * What the person reads about their IT department's policy, shared by the window and the command
 * line: the help desk contact under a failure that says to ask the help desk, and the list of what
 * the policy manages. The contact's parts are IT's own text: they are values of a message, never
 * translated and never part of a sentence built here.
 */
import { en, type MessageId } from '../i18n/catalogue';
import { msg, type Message } from '../i18n/message';
import type { HelpDeskContact, Policy } from '../policy/types';

/**
 * The messages that tell the person to ask their help desk: every one whose English text says
 * "help desk" (kept in step with the catalogue by construction).
 */
const ASKS_HELP_DESK = new Set(
  (Object.keys(en) as MessageId[]).filter((id) => /\bhelp desk\b/i.test(en[id])),
);

/** True when this sentence tells the person to ask their help desk. */
export function asksHelpDesk(message: Message | null | undefined): boolean {
  return Boolean(message && ASKS_HELP_DESK.has(message.id));
}

/** The contact as lines: who, phone, web, each a message with IT's text as its value. */
export function helpDeskLines(contact: HelpDeskContact): Message[] {
  const lines = [
    contact.name ? msg('helpDesk.name', { name: contact.name }) : msg('helpDesk.unnamed'),
  ];
  if (contact.phone) lines.push(msg('helpDesk.phone', { phone: contact.phone }));
  if (contact.url) lines.push(msg('helpDesk.web', { url: contact.url }));
  return lines;
}

/** One line per setting the policy manages (the help desk contact is shown as itself). */
export function managedLines(policy: Policy): Message[] {
  const lines: Message[] = [];
  const set = new Set(policy.managed);
  if (set.has('HideComputerRefresh') && policy.hideComputerRefresh)
    lines.push(msg('policy.managed.computerHidden'));
  if (policy.gpupdate === 'forced') lines.push(msg('policy.managed.gpupdateForced'));
  if (policy.gpupdate === 'default') lines.push(msg('policy.managed.gpupdateDefault'));
  if (policy.startAtLogin === true) lines.push(msg('policy.managed.startAtLoginOn'));
  if (policy.startAtLogin === false) lines.push(msg('policy.managed.startAtLoginOff'));
  if (!policy.notifications) lines.push(msg('policy.managed.notificationsOff'));
  if (set.has('AllowWaitForGroup'))
    lines.push(
      msg(policy.waitForGroup ? 'policy.managed.waitForGroupOn' : 'policy.managed.waitForGroupOff'),
    );
  if (policy.dc) lines.push(msg('policy.managed.dc', { dc: policy.dc }));
  if (policy.helpDesk) lines.push(msg('policy.managed.helpDesk'));
  return lines;
}

/** The settings that could not be used, in one sentence (null when there are none). */
export function problemsLine(policy: Policy): Message | null {
  const names = [...new Set(policy.problems.map((p) => p.setting ?? policy.source))];
  if (!names.length) return null;
  return msg('policy.managed.problems', { count: names.length, settings: names.join(', ') });
}

/** True when the window has something to say about the policy. */
export function isManaged(policy: Policy | null): policy is Policy {
  return Boolean(policy && (policy.managed.length || policy.problems.length));
}

/** The policy when IT set nothing (core/policy/defaults.ts), for the window and its test bridge. */
export { defaultPolicy } from '../policy/defaults';
