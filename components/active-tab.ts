/**
 * The tab the popup was opened over. With `activeTab`, opening the popup grants access to its URL, so no
 * `tabs` permission is needed.
 */
import { browser } from 'wxt/browser';

export interface ActiveTab {
  id: number;
  url: string;
  /** Hostname for http(s) pages; '' for browser pages, files and the like (nothing to pause there). */
  hostname: string;
}

/** Hostname of a web page URL, '' when the URL is not an http(s) page. */
export function webHostname(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : '';
  } catch {
    return '';
  }
}

/** The active tab of the current window, or null when there is none (or it has no id). */
export async function getActiveTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return null;
  const url = tab.url ?? '';
  return { id: tab.id, url, hostname: webHostname(url) };
}
