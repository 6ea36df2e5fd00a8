/**
 * A JSX runtime that builds plain DOM, for the UI the content script puts into pages. The page UI is
 * stateless (a badge, and a popover built afresh each time it opens), so it needs no virtual-DOM diffing:
 * this runtime keeps Preact's 10 KB out of the bundle that runs on every page, with the same JSX and
 * function components. Text always becomes text nodes and attributes go through setAttribute: nothing is
 * ever parsed as HTML.
 *
 * Use with a `@jsxImportSource @/lib/content/dom` pragma; `mount` turns the result into DOM nodes.
 */

export type Child = Node | VNode | string | number | boolean | null | undefined | Child[];
export type Component<P> = (props: P) => Child;

export interface VNode {
  type: string | Component<Record<string, unknown>>;
  props: Record<string, unknown> & { children?: Child };
}

export const Fragment = (props: { children?: Child }): Child => props.children;

/** Creates an element description (JSX's compiled form). */
export function jsx(type: VNode['type'], props: VNode['props']): VNode {
  return { type, props };
}
export { jsx as jsxs, jsx as jsxDEV };

/**
 * Sets one JSX prop on an element: `on*` becomes a listener, anything else an attribute of that name (so
 * write `class` and `tabindex`, as in HTML); false and null are left out.
 */
function setProp(el: Element, name: string, value: unknown): void {
  if (name === 'children' || value == null || value === false) return;
  if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
  else el.setAttribute(name, value === true ? '' : String(value));
}

/** Appends the DOM for `child` to `parent` (in `parent`'s document) and returns `parent`. */
export function mount(child: Child, parent: Node): Node {
  const doc = parent.ownerDocument ?? (parent as Document);
  if (child == null || child === false || child === true) return parent;
  if (Array.isArray(child)) {
    for (const item of child) mount(item, parent);
  } else if (typeof child === 'string' || typeof child === 'number') {
    parent.appendChild(doc.createTextNode(String(child)));
  } else if (typeof (child as Node).nodeType === 'number') {
    parent.appendChild(child as Node);
  } else {
    const { type, props } = child as VNode;
    if (typeof type === 'function') return mount(type(props), parent);
    const el = doc.createElement(type);
    for (const name in props) setProp(el, name, props[name]);
    mount(props.children, el);
    parent.appendChild(el);
  }
  return parent;
}

export namespace JSX {
  export type Element = VNode;
  export interface IntrinsicElements {
    [tag: string]: Record<string, unknown>;
  }
  export interface ElementChildrenAttribute {
    children: unknown;
  }
}
