import { useFormat } from '../i18n/use-format';

type Props<K extends string> = {
  keys: readonly K[];
  counts: Record<K, number>;
  label: (key: K) => string;
  /** Test ids `<prefix>-counts` and `<prefix>-count-<key>`. */
  testIdPrefix: string;
};

/** An import preview's counts (added, updated, refused, …), each in its colour. */
export function ImportCounts<K extends string>({ keys, counts, label, testIdPrefix }: Props<K>) {
  const f = useFormat();
  return (
    <dl className="stats" data-testid={`${testIdPrefix}-counts`}>
      {keys.map((key) => (
        <div className={`stats__item import-count import-count--${key}`} key={key} data-testid={`${testIdPrefix}-count-${key}`}>
          <dt className="stats__label">{label(key)}</dt>
          <dd className="stats__value">{f.number(counts[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
