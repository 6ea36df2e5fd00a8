/**
 * Functions the suites run inside a fixture page (through Playwright's or Puppeteer's `evaluate`), reading the
 * content script's DOM contract:
 *   badge host: [data-claimlens-badge] with data-status (corroborated|conflicting|mixed) and data-claim-text;
 *   open popover root: [data-claimlens-popover].
 * Badges and the popover may live in open shadow roots, so every query walks into them. Each function is
 * self-contained (it is serialised into the page): no references to anything outside its body.
 */

/** What a test can see of one badge. */
export interface BadgeInfo {
  status: string;
  claimText: string;
  /** The badge's accessible name (aria-label or text of its button). */
  name: string;
}

/** What a test can see of the open popover. */
export interface PopoverInfo {
  /** All text inside the popover, shadow roots included. */
  text: string;
  /** Texts of highlighted differences (mark, ins, del, [data-diff] elements). */
  highlights: string[];
  /** Links (href) the popover offers. */
  links: string[];
  /** Labels of its buttons. */
  buttons: string[];
}

/** All badges on the page, in document order. */
export function readBadges(): BadgeInfo[] {
  const found: Element[] = [];
  const visit = (root: Document | ShadowRoot | Element) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.hasAttribute('data-claimlens-badge')) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return found.map((host) => {
    const button = host.shadowRoot?.querySelector('button') ?? host.querySelector('button');
    const name =
      host.getAttribute('aria-label') ??
      button?.getAttribute('aria-label') ??
      button?.textContent ??
      host.textContent ??
      '';
    return {
      status: host.getAttribute('data-status') ?? '',
      claimText: host.getAttribute('data-claim-text') ?? '',
      name: name.trim(),
    };
  });
}

/** The open popover, or null when none is open. */
export function readPopover(): PopoverInfo | null {
  let popover: Element | null = null;
  const find = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (popover) return;
      if (element.hasAttribute('data-claimlens-popover')) popover = element;
      else if (element.shadowRoot) find(element.shadowRoot);
    }
  };
  find(document);
  if (!popover) return null;
  const texts: string[] = [];
  const highlights: string[] = [];
  const links: string[] = [];
  const buttons: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      texts.push(node.nodeValue ?? '');
      return;
    }
    if (node instanceof Element) {
      if (node.matches('style, script')) return;
      if (node.matches('mark, ins, del, [data-diff]')) highlights.push((node.textContent ?? '').trim());
      if (node.matches('a[href]')) links.push(node.getAttribute('href') ?? '');
      if (node.matches('button'))
        buttons.push((node.getAttribute('aria-label') ?? node.textContent ?? '').trim().replace(/\s+/g, ' '));
      if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) walk(child);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(popover);
  return { text: texts.join(' ').replace(/\s+/g, ' ').trim(), highlights, links, buttons };
}

/** The page's visible article text in one string (for checking the page text was left as it was). */
export function readArticleText(): string {
  const article = document.querySelector('article') ?? document.body;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join('').replace(/\s+/g, ' ').trim();
}
