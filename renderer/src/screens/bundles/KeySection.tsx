import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { KeyPanel } from './KeyPanel';

/** The installation's keys as a page section: loads their status and reloads it after a change. */
export function KeySection({ title }: { title: string }) {
  const keys = useLoad('keys/status', {});
  return (
    <Section title={title}>
      <LoadView state={keys.state} onRetry={keys.reload}>
        {(status) => <KeyPanel status={status} onChanged={keys.reload} />}
      </LoadView>
    </Section>
  );
}
