import { DomUtils } from 'htmlparser2';
import { isElement, localName, type DomElement, type DomNode } from './text';

/** Small lookups over htmlparser2's DOM of an XML file, by local name (a namespace prefix is ignored). */

export function elementsOf(nodes: readonly DomNode[]): DomElement[] {
  return nodes.filter(isElement);
}

export function child(element: DomElement, name: string): DomElement | null {
  return element.children.find((c): c is DomElement => isElement(c) && localName(c.name) === name.toLowerCase()) ?? null;
}

export function childrenNamed(element: DomElement, name: string): DomElement[] {
  return element.children.filter((c): c is DomElement => isElement(c) && localName(c.name) === name.toLowerCase());
}

/** Every element below (not including) `root` with that local name, in document order. */
export function descendants(root: DomElement, name: string): DomElement[] {
  return DomUtils.findAll((e) => localName(e.name) === name.toLowerCase(), root.children);
}

/** The text of an element, entities and CDATA decoded. */
export function textIn(element: DomElement | null): string {
  return element ? DomUtils.textContent(element) : '';
}

export function attr(element: DomElement, name: string): string | undefined {
  if (name in element.attribs) return element.attribs[name];
  const key = Object.keys(element.attribs).find((k) => localName(k) === name.toLowerCase());
  return key === undefined ? undefined : element.attribs[key];
}

/** Every element below (not including) `root`, in document order. */
export function allElements(root: DomElement): DomElement[] {
  return DomUtils.findAll(() => true, root.children);
}
