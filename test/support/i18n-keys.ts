import ts from 'typescript';
import type { SourceFile } from './source-files';

/** i18next's plural suffixes: `x_one` and `x_other` are both what `t('x', { count })` reads. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The key a call site names for a defined key (a plural form names its base). */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

export type KeyScan = {
  /** Every string literal that has the shape of a key under one of the namespaces, with where it is. */
  literals: { key: string; where: string }[];
  /** Places that build a key at run time, which a scan cannot follow. */
  built: string[];
};

const KEY_SHAPE = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

function isTranslateCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

/**
 * Key-shaped literals and key construction in one file. A literal counts wherever it stands (a t() call,
 * a `satisfies Record<…, Key>` map, a prop), because a key travels through such maps before reaching t().
 * Built keys are template strings starting with a namespace (`assess.${x}`), and t() calls whose key is
 * a template or a concatenation.
 */
export function scanKeys(file: SourceFile, namespaces: ReadonlySet<string>): KeyScan {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const where = (node: ts.Node) => `${file.path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const inNamespace = (text: string) => namespaces.has(text.split('.')[0]);
  const scan: KeyScan = { literals: [], built: [] };
  // A map's property name is what it maps from (the audit log's `'exam.paused': 'audit.actions.exam.paused'`), not a key used.
  const isPropertyName = (node: ts.Node) => ts.isPropertyAssignment(node.parent) && node.parent.name === node;
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && KEY_SHAPE.test(node.text) && inNamespace(node.text) && !isPropertyName(node)) {
      scan.literals.push({ key: node.text, where: where(node) });
    }
    if (ts.isTemplateExpression(node) && /^[a-z][A-Za-z0-9]*\./.test(node.head.text) && inNamespace(node.head.text)) {
      scan.built.push(`${where(node)} ${node.getText(source)}`);
    }
    if (ts.isCallExpression(node) && isTranslateCall(node)) {
      const first = node.arguments[0];
      if (first && (ts.isTemplateExpression(first) || ts.isBinaryExpression(first))) {
        scan.built.push(`${where(node)} ${node.getText(source).slice(0, 80)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return scan;
}
