import type { ReactNode } from 'react';

type Props = { eyebrow: ReactNode; title: ReactNode; children?: ReactNode };

/** The one h1 of a home screen, with the small context line above it. */
export function PageTitle({ eyebrow, title, children }: Props) {
  return (
    <div className="page-title">
      <p className="page-title__eyebrow">{eyebrow}</p>
      <h1 className="page-title__heading">{title}</h1>
      {children && <div className="page-title__meta">{children}</div>}
    </div>
  );
}
