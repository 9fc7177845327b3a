import { useEffect, useRef } from 'react';
import { onKeysLocked } from '../../api/keys-locked';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { KeyPanel } from './KeyPanel';

/**
 * The installation's keys as a page section: loads their status and reloads it after a change. With
 * `focus` (the page was opened to back up or test the key) its heading takes the focus once the status is
 * in, which brings the section into view: it stands last on the page, screens below the top.
 */
export function KeySection({ title, focus = false }: { title: string; focus?: boolean }) {
  const keys = useLoad('keys/status', {});
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = keys.state.status === 'ready';
  // An action refused for locked keys means the status shown may be old (a restart under this page): read it again.
  const { reload } = keys;
  useEffect(() => onKeysLocked(reload), [reload]);
  useEffect(() => {
    if (!focus || !ready) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [focus, ready]);
  return (
    <Section title={title} headingRef={focus ? heading : undefined}>
      <LoadView state={keys.state} onRetry={keys.reload}>
        {(status) => <KeyPanel status={status} onChanged={keys.reload} />}
      </LoadView>
    </Section>
  );
}
