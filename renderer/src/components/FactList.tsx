import type { ReactNode } from 'react';

export type Fact = { key: string; label: ReactNode; value: ReactNode };

/** Label/value pairs as a description list, which reads correctly with a screen reader. */
export function FactList({ facts, layout = 'grid' }: { facts: Fact[]; layout?: 'grid' | 'inline' }) {
  return (
    <dl className={`facts facts--${layout}`}>
      {facts.map((fact) => (
        <div className="facts__item" key={fact.key}>
          <dt className="facts__label">{fact.label}</dt>
          <dd className="facts__value">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
