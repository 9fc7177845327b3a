import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CODE_LISTS, type CodeList, type CodeName, type CodeNames } from '../../../../../electron/shared/code-names';
import { useLoad } from '../../../api/use-load';
import { useRun } from '../../../api/use-run';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadView } from '../../../components/LoadView';
import { PageTitle } from '../../../components/PageTitle';
import { Section } from '../../../components/Section';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import { useClient } from '../../../session/SessionProvider';
import { fieldErrorsOf } from '../field-errors';
import type { TranslationKey } from '../../../i18n/keys';
import { mergePasted } from './paste';

const LIST_LABEL = {
  education: 'registryScreens.codeNames.lists.education',
  occupation: 'registryScreens.codeNames.lists.occupation',
  province: 'registryScreens.codeNames.lists.province',
  regency: 'registryScreens.codeNames.lists.regency',
} as const satisfies Record<CodeList, string>;

/**
 * `#/code-names`: the names the LSP gives the codes its registry keeps (registry/codeNames), a section per
 * list, each typed code by code or pasted from the two columns of an Excel list, and saved on its own.
 */
export function CodeNamesScreen() {
  const { t } = useTranslation();
  const { state, reload } = useLoad('registry/codeNames', {});
  return (
    <div className="home" data-testid="code-names-screen">
      <PageTitle eyebrow={t('lsp.eyebrow')} title={t('registryScreens.codeNames.title')}>
        <a href="#/lsp-profile" data-testid="back-lsp-profile">
          {t('lspProfile.title')}
        </a>
      </PageTitle>
      <p className="muted">{t('registryScreens.codeNames.intro')}</p>
      <LoadView state={state} onRetry={reload}>
        {(names) => (
          <>
            {CODE_LISTS.map((list) => (
              <ListEditor key={list} list={list} initial={names[list]} />
            ))}
          </>
        )}
      </LoadView>
    </div>
  );
}

function ListEditor({ list, initial }: { list: CodeList; initial: readonly CodeName[] }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [rows, setRows] = useState<CodeName[]>(() => initial.map((n) => ({ ...n })));
  const [pasteText, setPasteText] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const unsaved = useUnsavedChanges(rows);
  const errors = fieldErrorsOf(error);
  const title = t(LIST_LABEL[list]);
  const edit = (next: CodeName[]) => {
    setSaved(false);
    setRows(next);
  };
  const setCell = (i: number, key: keyof CodeName, value: string) => edit(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const paste = () => {
    const merged = mergePasted(rows, pasteText);
    if (merged.added + merged.renamed === 0) {
      setNote(merged.read === 0 ? t('registryScreens.codeNames.pasteNone') : t('registryScreens.codeNames.pasteSame'));
      return;
    }
    edit(merged.list);
    setPasteText('');
    setNote(t('registryScreens.codeNames.pasted', { added: merged.added, renamed: merged.renamed }));
  };
  const save = () => {
    setNote(null);
    const sent = rows;
    void run(async () => {
      const next: CodeNames = await client.call('registry/setCodeNames', { list, entries: sent });
      const shown = next[list].map((n) => ({ ...n }));
      setRows(shown);
      unsaved.markSaved(shown);
      setSaved(true);
    });
  };
  return (
    <Section title={title}>
      <div data-testid={`code-names-${list}`}>
        <p className="muted small">{t('registryScreens.codeNames.count', { count: rows.length })}</p>
        {rows.length > 0 && (
          <div className="table-wrap">
            <table className="table registry-table code-names-table">
              <thead>
                <tr>
                  <th scope="col">{t('registryScreens.codeNames.code')}</th>
                  <th scope="col">{t('registryScreens.codeNames.name')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('registryScreens.codeNames.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <CodeRow key={i} list={list} index={i} row={row} problems={[errors.get(`entries.${i}.code`), errors.get(`entries.${i}.name`)]} onCell={setCell} onRemove={() => edit(rows.filter((_, j) => j !== i))} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p>
          <button type="button" className="button button--secondary" data-testid={`code-names-add-${list}`} onClick={() => edit([...rows, { code: '', name: '' }])}>
            {t('registryScreens.codeNames.add')}
          </button>
        </p>
        <details>
          <summary>{t('registryScreens.codeNames.paste')}</summary>
          <label className="field">
            <span className="field__hint">{t('registryScreens.codeNames.pasteHint')}</span>
            <textarea className="field__input mono" rows={4} value={pasteText} onChange={(e) => setPasteText(e.target.value)} data-testid={`code-names-paste-${list}`} />
          </label>
          <button type="button" className="button button--secondary" onClick={paste} disabled={pasteText.trim() === ''} data-testid={`code-names-paste-add-${list}`}>
            {t('registryScreens.codeNames.pasteAdd')}
          </button>
        </details>
        {note && (
          <p className="muted" role="status" data-testid={`code-names-note-${list}`}>
            {note}
          </p>
        )}
        {error && errors.size === 0 && <ErrorMessage error={error} />}
        <p>
          <button type="button" className="button button--primary" disabled={busy} onClick={save} aria-label={t('registryScreens.codeNames.saveList', { list: title })} data-testid={`code-names-save-${list}`}>
            {t('registryScreens.codeNames.save')}
          </button>{' '}
          {saved && (
            <span role="status" data-testid={`code-names-saved-${list}`}>
              {t('registryScreens.codeNames.saved')}
            </span>
          )}
        </p>
      </div>
    </Section>
  );
}

type RowProps = {
  list: CodeList;
  index: number;
  row: CodeName;
  problems: readonly (TranslationKey | undefined)[];
  onCell: (i: number, key: keyof CodeName, value: string) => void;
  onRemove: () => void;
};

function CodeRow({ list, index, row, problems, onCell, onRemove }: RowProps) {
  const { t } = useTranslation();
  const [codeProblem, nameProblem] = problems;
  const cell = (key: keyof CodeName, problem: TranslationKey | undefined) => (
    <td>
      <input
        className={key === 'code' ? 'field__input mono' : 'field__input'}
        aria-label={t(key === 'code' ? 'registryScreens.codeNames.code' : 'registryScreens.codeNames.name')}
        aria-invalid={problem ? true : undefined}
        value={row[key]}
        onChange={(e) => onCell(index, key, e.target.value)}
        data-testid={`${key}-${list}-${index}`}
      />
      {problem && <p className="field__problem">{t(problem)}</p>}
    </td>
  );
  return (
    <tr data-testid="code-name-row">
      {cell('code', codeProblem)}
      {cell('name', nameProblem)}
      <td>
        <button type="button" className="button button--secondary" aria-label={t('registryScreens.codeNames.removeRow', { code: row.code })} onClick={onRemove}>
          {t('registryScreens.codeNames.remove')}
        </button>
      </td>
    </tr>
  );
}
