/**
 * Who sent a message. Only the extension itself is answered: its own pages (popup, options) for everything,
 * and its content scripts for the few page-level messages. A web page can never read or write references.
 */
import type { BackgroundMessage } from '../messaging/validate';

/** The parts of `runtime.MessageSender` the checks use. */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type SenderRole = 'extension-page' | 'content-script';

/** Messages a content script (running inside web pages) may send. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<BackgroundMessage> = new Set([
  'annotatePage',
  'reportBadges',
  'checkText',
  'markNotAMatch',
]);

/**
 * The sender's role, or undefined for anything that is not this extension. `extensionOrigin` is the
 * extension's base URL (`runtime.getURL('/')`).
 */
export function senderRole(
  sender: MessageSender | undefined,
  runtimeId: string,
  extensionOrigin: string,
): SenderRole | undefined {
  if (!sender || sender.id !== runtimeId) return undefined;
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab) return 'content-script';
  return undefined;
}

/** Throws unless the sender may send this message. */
export function checkSender(
  type: BackgroundMessage,
  sender: MessageSender | undefined,
  runtimeId: string,
  extensionOrigin: string,
): SenderRole {
  const role = senderRole(sender, runtimeId, extensionOrigin);
  if (!role) throw new Error('ClaimLens only answers its own pages and content scripts.');
  if (role === 'content-script' && !CONTENT_SCRIPT_MESSAGES.has(type)) {
    throw new Error(`ClaimLens does not accept "${type}" from a web page.`);
  }
  return role;
}
