/**
 * English words for the core's Messages, for tests that assert what a person reads. Tests that
 * assert a stable behaviour should prefer the message ID (`error.message.id`), which does not
 * change when a sentence is reworded.
 */
import { createTranslator, en, type Message } from '../../core/i18n';

const english = createTranslator('en', en);

/** The Message in English, as the CLI and the window show it to an English reader. */
export function say(message: Message | null | undefined): string {
  return message ? english.format(message) : '';
}
