/**
 * Errors shown to the reader are plain words. The background already rejects with plain words; the browser's
 * own messaging errors ("Could not establish connection...") are replaced by the caller's fallback.
 */
const TECHNICAL =
  /establish connection|receiving end does not exist|message port closed|context invalidated|no tab with id|cannot read propert|is not a function|is not defined/i;

/** The message to show for a failed call: the error's own words, or `fallback` when they are technical. */
export function plainError(error: unknown, fallback: string): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (!message.trim() || TECHNICAL.test(message)) return fallback;
  return message;
}
