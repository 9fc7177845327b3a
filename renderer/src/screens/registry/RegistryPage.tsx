import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { RegistryNav, type RegistryKind } from './RegistryNav';

type Props = { kind: RegistryKind; title: ReactNode; testId: string; actions?: ReactNode; children: ReactNode };

/** The frame of every registry screen: the registry's links, the title and the page's primary actions up top. */
export function RegistryPage({ kind, title, testId, actions, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="home registry" data-testid={testId}>
      <RegistryNav current={kind} />
      <PageTitle eyebrow={t('lsp.eyebrow')} title={title}>
        {actions && <div className="registry__actions">{actions}</div>}
      </PageTitle>
      {children}
    </div>
  );
}
