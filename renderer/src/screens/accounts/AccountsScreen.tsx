import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useAdminEyebrow } from '../../session/tuk-station';
import { AccountRow } from './AccountRow';
import { NewAccountForm } from './NewAccountForm';

/** The admin's staff accounts: create, edit, disable (never delete), reset a password. The core audits each. */
export function AccountsScreen() {
  const { t } = useTranslation();
  const list = useLoad('accounts/list', {});
  const eyebrow = useAdminEyebrow();
  return (
    <div className="home" data-testid="accounts-screen">
      <PageTitle eyebrow={eyebrow} title={t('accounts.title')}>
        <a href="#/" data-testid="back-home">{t('bundles.backHome')}</a>
      </PageTitle>
      <Section title={t('accounts.listTitle')}>
        <LoadView state={list.state} onRetry={list.reload}>
          {(accounts) => (
            <table className="table" data-testid="accounts-table">
              <thead>
                <tr>
                  <th>{t('columns.name')}</th>
                  <th>{t('signIn.username')}</th>
                  <th>{t('accounts.role')}</th>
                  <th>{t('accounts.status')}</th>
                  <th>{t('accounts.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((a) => (
                  <AccountRow key={a.id} account={a} onChanged={list.reload} />
                ))}
              </tbody>
            </table>
          )}
        </LoadView>
      </Section>
      <Section title={t('accounts.newTitle')}>
        <NewAccountForm onCreated={list.reload} />
      </Section>
    </div>
  );
}
