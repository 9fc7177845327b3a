import { XMLValidator } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import type { DomNode } from './text';

/**
 * XML as the bank reads it (Moodle XML, QTI): a file that declares a DOCTYPE is refused before any parser
 * sees it (no DTD is ever read, so no external entity is fetched and no entity bomb expands), a file that
 * is not well-formed (cut short, tags crossed) is refused with its line by fast-xml-parser's validator,
 * and the rest becomes a DOM through htmlparser2 in XML mode, which knows only the five XML entities and
 * character references.
 */
export type XmlRead = { ok: true; nodes: DomNode[]; lineAt: (index: number) => number } | { ok: false; why: 'entities' | 'damaged'; line: number };

export function readXml(text: string): XmlRead {
  const prolog = scanProlog(text);
  if (prolog.doctype) return { ok: false, why: 'entities', line: prolog.doctypeLine };
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) return { ok: false, why: 'damaged', line: valid.err.line };
  const document = parseDocument(text, { xmlMode: true, withStartIndices: true });
  return { ok: true, nodes: document.children, lineAt: lineFinder(text) };
}

export type Prolog = { doctype: boolean; doctypeLine: number; root: string | null };

/**
 * What comes before the root element: the XML declaration, comments, processing instructions and
 * perhaps a DOCTYPE (its internal subset skipped over, quotes and all), and the root's name.
 */
export function scanProlog(text: string): Prolog {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let doctype = false;
  let doctypeLine = 0;
  while (i < text.length) {
    const next = text.indexOf('<', i);
    if (next < 0) break;
    if (text.slice(i, next).trim() !== '') return { doctype, doctypeLine, root: null };
    i = next;
    if (text.startsWith('<?', i)) {
      i = endOf(text, '?>', i);
    } else if (text.startsWith('<!--', i)) {
      i = endOf(text, '-->', i);
    } else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      doctype = true;
      doctypeLine = lineFinder(text)(i);
      i = endOfDoctype(text, i + 9);
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 200));
      return { doctype, doctypeLine, root: match ? match[1] : null };
    }
  }
  return { doctype, doctypeLine, root: null };
}

function endOf(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? text.length : at + marker.length;
}

function endOfDoctype(text: string, from: number): number {
  let quote: string | null = null;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return text.length;
}

/** The 1-based line of a character index. */
export function lineFinder(text: string): (index: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** Bytes of a text file to text: a byte-order mark decides (UTF-8, UTF-16), else UTF-8 when it is valid, else the XML declaration's encoding, else Windows-1252 (Notepad's "ANSI" on Indonesian Windows). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString('latin1');
    const declared = /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
    try {
      if (declared) return new TextDecoder(declared).decode(bytes);
    } catch {
      // An encoding name TextDecoder does not know: fall through to Windows-1252.
    }
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
