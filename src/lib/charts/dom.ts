/**
 * The server-side DOM charts are drawn in at build time, and their markup. Only build code and
 * tests import this module, so linkedom never reaches the browser bundle.
 */
import { parseHTML } from 'linkedom';

/** A fresh document to pass as a chart's `document` option. */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replaceAll('"', '&quot;');

function serialize(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const attributes = [...element.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
  const children = [...element.childNodes].map(serialize).join('');
  return children ? `<${element.localName}${attributes}>${children}</${element.localName}>` : `<${element.localName}${attributes}/>`;
}

/**
 * A chart's markup, for a page or a standalone .svg file. Serialised here rather than with
 * outerHTML so every text and attribute is escaped as XML needs (the server DOM leaves & and <
 * bare in attributes), whatever park names contain.
 */
export function chartSvg(element: SVGSVGElement): string {
  const markup = serialize(element);
  return element.hasAttribute('xmlns') ? markup : markup.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
}
