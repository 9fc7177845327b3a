import ts from 'typescript';
import type { SourceFile } from './source-files';

type Tree = { readonly [key: string]: string | Tree };

export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();
}

/** Differences in keys or placeholders between two languages, one line each. */
export function compareLanguages(a: Tree, b: Tree, names: [string, string]): string[] {
  const fa = flatten(a);
  const fb = flatten(b);
  const problems: string[] = [];
  for (const key of fa.keys()) if (!fb.has(key)) problems.push(`${key}: missing in ${names[1]}`);
  for (const key of fb.keys()) if (!fa.has(key)) problems.push(`${key}: missing in ${names[0]}`);
  for (const [key, text] of fa) {
    const other = fb.get(key);
    if (other === undefined) continue;
    if (text.trim() === '' || other.trim() === '') problems.push(`${key}: empty text`);
    const pa = placeholders(text).join(',');
    const pb = placeholders(other).join(',');
    if (pa !== pb) problems.push(`${key}: placeholders {${pa}} in ${names[0]} but {${pb}} in ${names[1]}`);
  }
  return problems;
}

/** Attributes a person reads or hears; their literal values must come from i18next. */
const TEXT_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt', 'label', 'aria-description', 'aria-placeholder']);
const HAS_LETTER = /\p{L}/u;

/** The text of a string or template literal (placeholders dropped), or null for anything else. */
function literalText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isJsxExpression(node)) return literalText(node.expression);
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => span.literal.text).join('');
  return null;
}

/**
 * User-facing literals in TSX: JSX text with letters, string literals placed as JSX children, and
 * text attributes given a literal.
 */
export function userFacingLiterals(file: SourceFile): string[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${file.path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text !== null && HAS_LETTER.test(text)) found.push(`${where(node)} literal {"${text}"}`);
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source))) {
      const text = literalText(node.initializer);
      if (text !== null && HAS_LETTER.test(text)) found.push(`${where(node)} ${node.name.getText(source)}="${text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
