import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlenoDetail } from '../../../../electron/shared/pleno';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { PlenoCertificatesPanel } from '../certificates/PlenoCertificatesPanel';
import { CorrectDialog } from './CorrectDialog';
import { DecisionsEditor } from './DecisionsEditor';
import { DecisionsTable } from './DecisionsTable';
import { PLENO_STATUS_LABEL, PLENO_STATUS_TONE, ROLE_LABEL } from './labels';
import { draftOf, EMPTY_DRAFT } from './member-draft';
import { PlenoForm } from './PlenoForm';
import { PlenoPage } from './PlenoPage';
import { plenoPrintOf, plenoRoute } from './print/pleno-prints';
import { PlenoPrintLinks } from './print/PlenoPrintLinks';
import { PlenoPrintScreen } from './print/PlenoPrintScreen';
import { SignDialog } from './SignDialog';
import { navigate, useRouteId, useRouteView } from '../../navigation/hash-route';
import { listHref } from '../../navigation/use-route-filters';

/**
 * `#/pleno/new` creates a draft; `#/pleno/<id>`: draft → decided → signed, then read-only with prints and
 * certificates; `#/pleno/<id>/<print>` one of its prints (print/pleno-prints.ts).
 */
export function PlenoScreen() {
  const id = useRouteId();
  const print = plenoPrintOf(useRouteView());
  if (id === 'new') return <NewPleno />;
  return print ? <PlenoPrintScreen key={id} plenoId={id} print={print} /> : <ExistingPleno key={id} plenoId={id} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <a href={listHref('pleno')} data-testid="back-to-list">
      {t('plenoScreens.pleno.back')}
    </a>
  );
}

const open = (detail: PlenoDetail) => navigate(plenoRoute(detail.plenoId));

function NewPleno() {
  const { t } = useTranslation();
  return (
    <PlenoPage current="pleno" testId="pleno-screen" title={t('plenoScreens.pleno.newTitle')} actions={<BackLink />}>
      <Section title={t('plenoScreens.pleno.form.title')}>
        <PlenoForm plenoId={null} initial={EMPTY_DRAFT} onSaved={open} />
      </Section>
    </PlenoPage>
  );
}

function ExistingPleno({ plenoId }: { plenoId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { state, reload } = useLoad('pleno/get', { plenoId });
  const title = state.status === 'ready' ? t('plenoScreens.pleno.title') + ' ' + f.date(state.data.heldOn) : t('plenoScreens.pleno.title');
  return (
    <PlenoPage current="pleno" testId="pleno-screen" title={title} actions={<BackLink />}>
      <LoadView state={state} onRetry={reload}>
        {(detail) => <PlenoBody detail={detail} onChanged={reload} />}
      </LoadView>
    </PlenoPage>
  );
}

function PlenoBody({ detail, onChanged }: { detail: PlenoDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [dialog, setDialog] = useState<'sign' | 'correct' | null>(null);
  const signed = detail.status === 'signed';
  return (
    <>
      <p className="registry-facts" data-testid="pleno-facts">
        <StatusBadge tone={PLENO_STATUS_TONE[detail.status]}>{t(PLENO_STATUS_LABEL[detail.status])}</StatusBadge>{' '}
        {detail.skNumber && <span className="mono">{detail.skNumber}</span>}{' '}
        {/* After the badge that already says "Ditandatangani": when and by whom, not the word again. */}
        {detail.signedAt && <>— {t('plenoScreens.pleno.sign.signedAt', { at: f.dateTime(detail.signedAt), name: detail.signedByName ?? '' })}</>}
      </p>
      {detail.correctsId && (
        <p className="notice notice--info" data-testid="pleno-corrects">
          <a href={`#/pleno/${encodeURIComponent(detail.correctsId)}`}>{t('plenoScreens.pleno.openCorrected')}</a>
          {detail.correctionReason && <> — {t('plenoScreens.pleno.correctionReason', { reason: detail.correctionReason })}</>}
        </p>
      )}
      {detail.supersededBy && (
        <p className="notice notice--warning" data-testid="pleno-superseded">
          {t('plenoScreens.pleno.supersededBy')} <a href={`#/pleno/${encodeURIComponent(detail.supersededBy)}`}>{t('plenoScreens.pleno.openCorrection')}</a>
        </p>
      )}
      {/* Issuing would skip every candidate of such a scheme: said while the admin can still fill the code in. */}
      {detail.schemesWithoutKbli.map((s) => (
        <p key={s.schemeId} className="notice notice--warning" data-testid="pleno-kbli-missing">
          {t('plenoScreens.pleno.kbliMissing', { scheme: s.code })}{' '}
          <a href={`#/schemes/${encodeURIComponent(s.schemeId)}/kbli`} data-testid="pleno-set-kbli">
            {t('plenoScreens.pleno.setKbli', { scheme: s.code })}
          </a>
        </p>
      ))}
      {/* Decided but not signed, its details still change: saving makes it a draft again, to be decided anew. */}
      {detail.status !== 'signed' ? (
        <Section title={t('plenoScreens.pleno.form.title')}>
          {detail.status === 'decided' && (
            <p className="muted small" data-testid="pleno-form-reopens">
              {t('plenoScreens.pleno.form.reopens')}
            </p>
          )}
          <PlenoForm key={detail.createdAt} plenoId={detail.plenoId} initial={draftOf(detail)} onSaved={onChanged} />
        </Section>
      ) : (
        <Section title={t('plenoScreens.pleno.members')}>
          <p>
            {f.longDate(detail.heldOn)}
            {detail.place ? ` · ${detail.place}` : ''} · {t('plenoScreens.pleno.sessions')}: <span className="mono">{detail.sessions.map((s) => s.code).join(', ')}</span>
          </p>
          <ol data-testid="pleno-member-list">
            {detail.members.map((m) => (
              <li key={m.position}>
                {m.name} — {t(ROLE_LABEL[m.role])}
              </li>
            ))}
          </ol>
        </Section>
      )}
      <Section
        title={t('plenoScreens.pleno.decisions.title')}
        actions={
          signed ? (
            !detail.supersededBy && (
              <button type="button" className="button button--secondary button--small" data-testid="pleno-correct" onClick={() => setDialog('correct')}>
                {t('plenoScreens.pleno.correct.open')}
              </button>
            )
          ) : detail.status === 'decided' ? (
            <button type="button" className="button button--primary button--small" data-testid="pleno-sign" onClick={() => setDialog('sign')}>
              {t('plenoScreens.pleno.sign.open')}
            </button>
          ) : undefined
        }
      >
        {signed ? (
          <>
            <p className="notice notice--info" data-testid="pleno-locked">
              {t('plenoScreens.pleno.sign.locked')}
            </p>
            <DecisionsTable detail={detail} />
          </>
        ) : (
          <DecisionsEditor detail={detail} onDecided={onChanged} />
        )}
      </Section>
      <PlenoPrintLinks detail={detail} />
      <PlenoCertificatesPanel key={detail.status} plenoId={detail.plenoId} />
      {dialog === 'sign' && (
        <SignDialog
          detail={detail}
          onCancel={() => setDialog(null)}
          onSigned={() => {
            setDialog(null);
            onChanged();
          }}
        />
      )}
      {dialog === 'correct' && <CorrectDialog plenoId={detail.plenoId} onCancel={() => setDialog(null)} onCorrected={open} />}
    </>
  );
}
