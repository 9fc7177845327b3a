import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankExportFile } from '../../../../electron/shared/bank-import';
import { downloadExport } from '../../api/files';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/use-language';
import { useClient } from '../../session/SessionProvider';
import { useToken } from '../../session/use-token';

/**
 * The scheme version's questions downloaded in the Excel template's layout (bank/export), as the registry
 * export downloads: the button for the page's actions, and what was written and what the template could
 * not carry (pictures, oral and supporting questions, a second unit's KUK) for below the header.
 */
export function useBankExport(schemeId: string): { button: ReactNode; result: ReactNode } {
  const { t } = useTranslation();
  const client = useClient();
  const token = useToken();
  const { language } = useLanguage();
  const { busy, error, run } = useRun();
  const [done, setDone] = useState<BankExportFile | null>(null);
  const exportNow = () =>
    void run(async () => {
      setDone(null);
      const file = await client.call('bank/export', { schemeId, language });
      await downloadExport(file.fileName, token);
      setDone(file);
    });
  const button = (
    <button type="button" className="button button--secondary" data-testid="bank-export" disabled={busy} onClick={exportNow}>
      {busy ? t('bankScreens.list.exporting') : t('bankScreens.list.export')}
    </button>
  );
  const result = (
    <>
      {error && <ErrorMessage error={error} />}
      {done && (
        // One block inside the notice (a flex row): each line under the other, not side by side.
        <div className="notice notice--success" role="status" data-testid="bank-exported">
          <div>
            <p>
              {t('bankScreens.list.exported', { count: done.questions })}{' '}
              {done.drafts > 0 ? t('bankScreens.list.exportedDrafts', { count: done.drafts }) : t('bankScreens.list.exportedAllApproved')}
            </p>
            {done.withoutImages > 0 && <p data-testid="bank-exported-images">{t('bankScreens.list.exportImages', { count: done.withoutImages })}</p>}
            {done.otherKinds > 0 && <p>{t('bankScreens.list.exportOtherKinds', { count: done.otherKinds })}</p>}
            {done.otherUnitKuk > 0 && <p>{t('bankScreens.list.exportOtherUnit', { count: done.otherUnitKuk })}</p>}
            {done.repeated > 0 && <p data-testid="bank-exported-repeated">{t('bankScreens.list.exportRepeated', { count: done.repeated })}</p>}
          </div>
        </div>
      )}
    </>
  );
  return { button, result };
}
