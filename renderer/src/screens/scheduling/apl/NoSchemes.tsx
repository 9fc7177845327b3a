import { useTranslation } from 'react-i18next';

/** An application is for a scheme: with none active, where to add one (it said only that there was none). */
export function NoSchemes() {
  const { t } = useTranslation();
  return (
    <p className="empty" data-testid="apl-no-schemes">
      {t('schedulingScreens.aplList.noSchemes')} <a href="#/schemes/new">{t('schedulingScreens.planner.addScheme')}</a>
    </p>
  );
}
