import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

/** A node of htmlparser2's DOM (HTML, or XML read with `xmlMode`). */
export type DomNode = ReturnType<typeof parseDocument>['children'][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

/** An element (script and style included), by its own shape: domutils 4 no longer exports the guards. */
export function isElement(node: DomNode): node is DomElement {
  return 'attribs' in node;
}

/** Text, or a CDATA section (whose text is in its child). */
export function isTextual(node: DomNode): boolean {
  return node.type === ElementType.Text || node.type === ElementType.CDATA;
}

/** An `<img>` (or QTI `<object data>` of an image) met while reducing markup to text, in document order. */
export type ImageRef = { src: string; alt: string };

/** Markup reduced to text: the text, the images it showed, and the elements dropped with their content. */
export type Reduced = { text: string; images: ImageRef[]; dropped: string[] };

/**
 * Plain text as a plain-text source wrote it: line ends unified, zero-width characters and other controls
 * dropped, trailing spaces of each line and blank lines at either end removed, composed (NFC). Inner spacing
 * is kept (code in a question may be indented); markup is kept as the characters it is.
 */
export function plainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    // eslint-disable-next-line no-control-regex -- the control characters are what is removed
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(/[\uD800-\uDFFF]/gu, '\uFFFD')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '')
    .normalize('NFC');
}

/** Elements whose content is never text a candidate reads: dropped whole, and named in a note. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'video', 'audio', 'select', 'textarea']);
/** Dropped without a note: document furniture, or the content of a form control. */
const SILENT = new Set(['head', 'title', 'meta', 'link', 'base', 'option', 'datalist', 'param', 'source', 'track']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'hr', 'dl', 'dt', 'dd', 'figure',
  'figcaption', 'address', 'caption', 'center', 'main', 'details', 'summary', 'fieldset', 'legend', 'form',
]);
const SUPERSCRIPT: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ' };
const SUBSCRIPT: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎' };

/** An HTML fragment reduced to text (see reduceNodes). Entities are decoded by the parser. */
export function htmlToText(html: string, hooks: ReduceHooks = {}): Reduced {
  return reduceNodes(parseDocument(html).children, hooks);
}

/** Hooks for XML vocabularies that carry HTML (QTI's itemBody): an element handled by the caller. */
export type ReduceHooks = {
  /** Text to put in place of the element (its content is not walked), or undefined to walk it as HTML. */
  element?: (element: DomElement) => string | undefined;
  /** Text to put where an image stood (its place among the words), beside the image returned. */
  image?: string;
};

/**
 * Markup to plain text, as a browser would show it with no styles: nothing HTML survives (no tag, no
 * attribute, so no event handler and no link target), runs of white space collapse but in <pre>, blocks
 * and <br> break lines, list items are numbered or bulleted, table cells are separated by " | ",
 * superscript and subscript digits become their Unicode forms (x², H₂O) or ^(…) and _(…). Scripts,
 * styles, frames, embedded media, inline SVG and MathML are dropped with their content and named in
 * `dropped`. Images are returned in order beside the text.
 */
export function reduceNodes(nodes: readonly DomNode[], hooks: ReduceHooks = {}): Reduced {
  const out = new Writer();
  const images: ImageRef[] = [];
  const dropped = new Set<string>();
  const walk = (list: readonly DomNode[], pre: boolean) => {
    for (const node of list) {
      if (isTextual(node)) {
        out.text(DomUtils.textContent(node), pre);
        continue;
      }
      if (!isElement(node)) continue;
      const name = localName(node.name);
      const replaced = hooks.element?.(node);
      if (replaced !== undefined) {
        out.text(replaced, true);
        continue;
      }
      if (DROPPED.has(name)) {
        if (name === 'object' && isImageObject(node)) {
          images.push({ src: node.attribs.data ?? '', alt: '' });
          if (hooks.image) out.text(hooks.image, true);
        } else dropped.add(name);
        continue;
      }
      if (SILENT.has(name)) continue;
      if (name === 'img') {
        images.push({ src: node.attribs.src ?? '', alt: node.attribs.alt ?? '' });
        if (hooks.image) out.text(hooks.image, true);
        continue;
      }
      if (name === 'br') {
        out.lineBreak();
        continue;
      }
      if (name === 'sup' || name === 'sub') {
        const inner = reduceNodes(node.children, hooks);
        images.push(...inner.images);
        for (const d of inner.dropped) dropped.add(d);
        out.text(scripted(inner.text, name === 'sup' ? SUPERSCRIPT : SUBSCRIPT, name === 'sup' ? '^' : '_'), true);
        continue;
      }
      if (name === 'td' || name === 'th') {
        if (node.prev && isElement(node.prev)) out.text(' | ', true);
        walk(node.children, pre);
        continue;
      }
      if (name === 'li') {
        out.block();
        const parent = node.parent && isElement(node.parent) ? localName(node.parent.name) : '';
        const index = node.parent ? node.parent.children.filter((c) => isElement(c) && localName(c.name) === 'li').indexOf(node) : 0;
        out.text(parent === 'ol' ? `${index + 1}. ` : '• ', true);
        walk(node.children, pre);
        out.block();
        continue;
      }
      const block = BLOCK.has(name);
      if (block) out.block();
      walk(node.children, pre || name === 'pre');
      if (block) out.block();
    }
  };
  walk(nodes, false);
  return { text: out.done(), images, dropped: [...dropped] };
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

function isImageObject(node: DomElement): boolean {
  return /^image\//i.test(node.attribs.type ?? '') || /\.(png|jpe?g|gif|svg|bmp|webp)$/i.test(node.attribs.data ?? '');
}

function scripted(text: string, map: Record<string, string>, mark: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const chars = [...trimmed];
  if (chars.every((c) => map[c] !== undefined)) return chars.map((c) => map[c]).join('');
  return chars.length === 1 ? `${mark}${trimmed}` : `${mark}(${trimmed})`;
}

/** Collects text with HTML's white-space rules: a run of spaces is one space, blocks and <br> break lines. */
class Writer {
  private lines: string[] = [''];
  private pending = 0;

  text(value: string, pre: boolean): void {
    const text = pre ? value.replace(/\r\n?/g, '\n') : value.replace(/[ \t\n\r\f]+/g, ' ');
    text.split('\n').forEach((part, i) => {
      if (i > 0) this.pending++;
      if (part !== '') this.append(part, pre);
    });
  }

  /** A block's edge: one line break, however many blocks meet here. */
  block(): void {
    if (this.lines[this.lines.length - 1] !== '') this.pending = Math.max(this.pending, 1);
  }

  /** A <br>: each one breaks the line, so two leave a blank line. */
  lineBreak(): void {
    this.pending++;
  }

  private append(part: string, pre: boolean): void {
    for (; this.pending > 0; this.pending--) this.lines.push('');
    const last = this.lines.length - 1;
    const current = this.lines[last];
    // A space at the start of a line, or after a space, is not shown.
    this.lines[last] = current + (pre || !(current === '' || current.endsWith(' ')) ? part : part.replace(/^ /, ''));
  }

  done(): string {
    return plainText(this.lines.map((line) => line.replace(/ +$/, '')).join('\n').replace(/\n{3,}/g, '\n\n'));
  }
}
