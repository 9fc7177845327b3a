import { useId, type ReactNode } from 'react';

type Props = { title: ReactNode; actions?: ReactNode; children: ReactNode; className?: string };

/** A titled panel; the heading labels the region so screen-reader users can jump between them. */
export function Section({ title, actions, children, className }: Props) {
  const headingId = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 className="panel__title" id={headingId}>
          {title}
        </h2>
        {actions && <div className="panel__actions">{actions}</div>}
      </div>
      <div className="panel__body">{children}</div>
    </section>
  );
}
