import type { SchemeSummary } from '../../../../electron/shared/registry';
import { useLoad } from '../../api/use-load';
import { localTitle } from '../../i18n/format';
import type { Language } from '../../i18n/languages';

/** The LSP's active schemes (each version a row) for a picker; an LSP keeps tens, not thousands. */
export function useSchemes() {
  return useLoad('schemes/list', { active: true, allVersions: true, limit: 100 });
}

export function schemeLabel(scheme: Pick<SchemeSummary, 'code' | 'version' | 'titleId' | 'titleEn'>, language: Language): string {
  return `${scheme.code} v${scheme.version} · ${localTitle(scheme, language)}`;
}
