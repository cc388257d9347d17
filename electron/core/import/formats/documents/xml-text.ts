import { DOMParser } from 'linkedom';

/** A node of a parsed XML document, as far as the document readers need it. */
export interface XmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<XmlNode>;
  getAttribute?(name: string): string | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_NODE = 4;

/** Parses XML with linkedom (no DTDs, no entity expansion beyond the predefined ones, nothing fetched). */
export function parseXml(text: string): XmlNode {
  // DOCTYPEs are dropped first: nothing in an office document needs one, and they are how entity bombs arrive.
  const safe = text.replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '');
  return new DOMParser().parseFromString(safe, 'text/xml') as unknown as XmlNode;
}

export function* childElements(node: XmlNode): Generator<XmlNode> {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.nodeType === ELEMENT_NODE) yield child;
  }
}

/** The first element with this qualified name, searched depth-first. */
export function findElement(node: XmlNode, name: string): XmlNode | null {
  for (const child of childElements(node)) {
    if (child.nodeName === name) return child;
    const found = findElement(child, name);
    if (found) return found;
  }
  return null;
}
