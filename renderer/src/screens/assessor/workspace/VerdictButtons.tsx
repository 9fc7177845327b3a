import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../../../electron/shared/assessment';
import { ESSAY_SCORE_LABEL, VERDICT_LABEL } from '../../../i18n/assessment-labels';

type Props = {
  options: readonly Verdict[];
  value: Verdict | null;
  onChange: (verdict: Verdict) => void;
  disabled?: boolean;
  label: string;
  testId?: string;
};

/** Ya/Tidak or K/BK/penilaian lanjut as a row of toggle buttons (one press, no menu to open). */
export function VerdictButtons({ options, value, onChange, disabled, label, testId }: Props) {
  const { t } = useTranslation();
  return (
    <div className="verdicts" role="group" aria-label={label} data-testid={testId}>
      {options.map((v) => (
        <button
          key={v}
          type="button"
          className={`verdict verdict--${v}`}
          aria-pressed={value === v}
          disabled={disabled}
          data-verdict={v}
          onClick={() => onChange(v)}
        >
          {t(VERDICT_LABEL[v])}
        </button>
      ))}
    </div>
  );
}

type ScoreProps = { value: number | null; onChange: (score: number) => void; disabled?: boolean; label: string; testId?: string };

/** The 0–3 essay score, each button titled with what the number means. */
export function ScoreButtons({ value, onChange, disabled, label, testId }: ScoreProps) {
  const { t } = useTranslation();
  const scores = ['0', '1', '2', '3'] as const;
  return (
    <div className="verdicts" role="group" aria-label={label} data-testid={testId}>
      {scores.map((s) => (
        <button
          key={s}
          type="button"
          className="verdict verdict--score"
          aria-pressed={value === Number(s)}
          disabled={disabled}
          data-score={s}
          title={t(ESSAY_SCORE_LABEL[s])}
          onClick={() => onChange(Number(s))}
        >
          {s}
        </button>
      ))}
    </div>
  );
}
