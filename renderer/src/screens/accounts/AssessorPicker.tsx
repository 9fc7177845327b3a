import { forwardRef, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessorSummary } from '../../../../electron/shared/registry';
import { useClient } from '../../session/SessionProvider';
import { useDebounced } from '../registry/use-paged-list';

type Props = {
  value: string;
  missing?: boolean;
  /** Bumped by the form after each account it creates: the list is read again, so the assessor just linked shows as taken. */
  reload?: number;
  onPick: (assessor: AssessorSummary) => void;
};

/**
 * The assessor record an assessor's account signs in as, found by name or MET number in the registry.
 * One record has at most one account, so those already linked are shown but cannot be picked. The ref is
 * the search box: where the form sends the admin when the record is missing.
 */
export const AssessorPicker = forwardRef<HTMLInputElement, Props>(function AssessorPicker({ value, missing = false, reload = 0, onPick }, searchRef) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim());
  const [found, setFound] = useState<AssessorSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    client.call('assessors/list', { search: query || undefined, active: true, limit: 20 }).then(
      (page) => live && setFound(page.rows),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [client, query, reload]);

  return (
    <fieldset className="registry-choice" data-testid="new-account-assessor">
      <legend className="field__label">{t('accounts.assessorPick')}</legend>
      {/* A field of its own, its label above the input as on the rest of the form: loose in the fieldset, the
          label and a narrow search box stood side by side. */}
      <div className="field" data-testid="new-account-assessor-field">
        <label className="field__label" htmlFor={id}>
          {t('accounts.assessorSearch')}
        </label>
        <input
          id={id}
          ref={searchRef}
          className="field__input"
          type="search"
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${id}-missing` : undefined}
          autoComplete="off"
          data-testid="new-account-assessor-search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {missing && (
          <p className="field__problem" id={`${id}-missing`} role="alert" data-testid="new-account-assessor-missing">
            {t('registry.reasons.required')}
          </p>
        )}
      </div>
      {/* With a search, none found says what was searched; without one, that there is no one to pick yet. */}
      {found?.length === 0 && (
        <p className="muted small" data-testid="new-account-assessor-none">
          {query ? t('accounts.assessorNoMatch', { search: query }) : t('accounts.assessorNone')}
        </p>
      )}
      <ul className="registry-choice__list">
        {found?.map((assessor) => (
          <li key={assessor.id}>
            <label className="checkbox">
              <input
                type="radio"
                name={`${id}-assessor`}
                value={assessor.id}
                checked={value === assessor.id}
                disabled={assessor.accountId !== null}
                data-testid="new-account-assessor-option"
                onChange={() => onPick(assessor)}
              />{' '}
              {assessor.name} <span className="muted mono small">{assessor.metNumber}</span>
              {assessor.accountId !== null && <span className="muted small"> — {t('accounts.assessorHasAccount')}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
});
