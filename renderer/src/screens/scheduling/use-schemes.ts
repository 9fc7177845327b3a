import type { SchemeSummary } from '../../../../electron/shared/registry';
import { useLoad } from '../../api/use-load';

/** The LSP's active schemes (each version a row) for a picker; an LSP keeps tens, not thousands. */
export function useSchemes() {
  return useLoad('schemes/list', { active: true, allVersions: true, limit: 100 });
}

export function schemeLabel(scheme: Pick<SchemeSummary, 'code' | 'version' | 'titleId' | 'titleEn'>, language: string): string {
  const title = language === 'en' && scheme.titleEn ? scheme.titleEn : scheme.titleId;
  return `${scheme.code} v${scheme.version} · ${title}`;
}
