import { useId, type ReactNode, type Ref } from 'react';

type Props = {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** For a page that sends the focus to this panel (a link to it): the heading then takes focus from script. */
  headingRef?: Ref<HTMLHeadingElement>;
};

/** A titled panel; the heading labels the region so screen-reader users can jump between them. */
export function Section({ title, actions, children, className, headingRef }: Props) {
  const headingId = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 className="panel__title" id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
          {title}
        </h2>
        {actions && <div className="panel__actions">{actions}</div>}
      </div>
      <div className="panel__body">{children}</div>
    </section>
  );
}
