/**
 * The part of WXT's ContentScriptContext the content script's modules use. Every listener, timer and observer
 * goes through it, so invalidating the context (extension reloaded, updated or turned off) removes them all.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type PageContext = Pick<
  ContentScriptContext,
  'setTimeout' | 'setInterval' | 'addEventListener' | 'onInvalidated' | 'isValid' | 'signal'
>;
