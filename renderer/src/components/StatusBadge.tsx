import type { ReactNode } from 'react';

type Props = { tone: 'neutral' | 'success' | 'warning' | 'danger' | 'info'; children: ReactNode };

export function StatusBadge({ tone, children }: Props) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
