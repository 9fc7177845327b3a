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

/**
 * The key that stands for `key` in a language without plural forms: English `x_one` has no Indonesian
 * twin, since i18next reads only `x_other` for 'id'; it is compared with that `x_other` instead.
 */
function counterpart(key: string, other: Map<string, string>): string | undefined {
  if (other.has(key)) return key;
  const one = /^(.*)_one$/.exec(key);
  return one && other.has(`${one[1]}_other`) ? `${one[1]}_other` : undefined;
}

/** Differences in keys or placeholders between two languages, one line each. */
export function compareLanguages(a: Tree, b: Tree, names: [string, string]): string[] {
  const fa = flatten(a);
  const fb = flatten(b);
  const problems: string[] = [];
  for (const key of fa.keys()) if (!counterpart(key, fb)) problems.push(`${key}: missing in ${names[1]}`);
  for (const key of fb.keys()) if (!counterpart(key, fa)) problems.push(`${key}: missing in ${names[0]}`);
  for (const [flat, name] of [[fa, names[0]], [fb, names[1]]] as const) {
    for (const key of flat.keys()) {
      const one = /^(.*)_one$/.exec(key);
      if (one && !flat.has(`${one[1]}_other`)) problems.push(`${key}: no ${one[1]}_other in ${name}`);
    }
  }
  const compare = (key: string, text: string, other: string, order: [string, string]) => {
    if (text.trim() === '' || other.trim() === '') problems.push(`${key}: empty text`);
    const pa = placeholders(text).join(',');
    const pb = placeholders(other).join(',');
    if (pa !== pb) problems.push(`${key}: placeholders {${pa}} in ${order[0]} but {${pb}} in ${order[1]}`);
  };
  for (const [key, text] of fa) {
    const twin = counterpart(key, fb);
    if (twin !== undefined) compare(key, text, fb.get(twin) ?? '', names);
  }
  // An English `_one` is checked against the Indonesian `_other`; keys both have were compared above.
  for (const [key, text] of fb) {
    const twin = counterpart(key, fa);
    if (twin !== undefined && twin !== key) compare(key, text, fa.get(twin) ?? '', [names[1], names[0]]);
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
