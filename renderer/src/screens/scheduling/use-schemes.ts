import type { SchemeSummary } from '../../../../electron/shared/registry';
import { useLoad } from '../../api/use-load';
import { localTitle } from '../../i18n/format';
import type { Language } from '../../i18n/languages';

/** The LSP's active schemes (each version a row) for a picker; an LSP keeps tens, not thousands. */
export function useSchemes() {
  return useLoad('schemes/list', { active: true, allVersions: true, limit: 100 });
}

/**
 * The version a picker starts on: the first scheme's newest. The list holds every version oldest first, and
 * after a revision the first row was the superseded one, so new applications started on the old version.
 */
export function defaultSchemeId(schemes: readonly Pick<SchemeSummary, 'id' | 'latest'>[]): string {
  return (schemes.find((s) => s.latest) ?? schemes[0])?.id ?? '';
}

export function schemeLabel(scheme: Pick<SchemeSummary, 'code' | 'version' | 'titleId' | 'titleEn'>, language: Language): string {
  return `${scheme.code} v${scheme.version} · ${localTitle(scheme, language)}`;
}
