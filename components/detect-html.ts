/**
 * Whether pasted article text is HTML markup rather than plain text (the Add form's "auto" format).
 */
const MARKUP =
  /<(p|div|article|section|main|br|h[1-6]|span|li|ul|ol|a|em|strong|b|i|blockquote|figure|html|body)\b[^>]*>/i;

/** True when the text contains block or inline HTML tags. */
export function looksLikeHtml(text: string): boolean {
  return MARKUP.test(text);
}
