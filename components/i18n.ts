/**
 * The UI's strings, kept in one place (public/_locales/en/messages.json) so the extension can be translated.
 * `t()` asks `browser.i18n` first (the reader's language) and falls back to the English file, so tests and
 * pages outside the extension still read real strings.
 */
import { browser } from 'wxt/browser';
import english from '@/public/_locales/en/messages.json';

/** A key of the English messages file (every locale has the same keys). */
export type MessageKey = keyof typeof english;

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type Substitutions = string | number | ReadonlyArray<string | number>;

/** Fills a locale message the way `browser.i18n.getMessage` does: named placeholders, then `$1`..`$9`. */
export function formatMessage(entry: LocaleMessage, substitutions: readonly string[]): string {
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_whole, index: string) =>
    index === '$' ? '$' : (substitutions[Number(index) - 1] ?? ''),
  );
}

/** The reader-language string for `key`, with `$1`.. filled from `substitutions`; never empty for a known key. */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  const list =
    substitutions === undefined ? [] : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  try {
    const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
    const localised = getMessage(key, list);
    if (localised) return localised;
  } catch {
    // Not running as an extension page (tests, previews): use the English file.
  }
  return formatMessage((english as Record<string, LocaleMessage>)[key], list);
}

/** "1 claim" / "31 claims": picks the singular or plural message for a count. */
export function countOf(count: number, one: MessageKey, many: MessageKey): string {
  return t(count === 1 ? one : many, String(count));
}
