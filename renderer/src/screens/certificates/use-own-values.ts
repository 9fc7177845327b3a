import { useEffect, useState } from 'react';
import { useClient } from '../../session/SessionProvider';
import type { OwnValues } from './pattern-example';

/**
 * The LSP's code and one of its active schemes (with the scheme's KBLI from its policy and its level) for
 * the numbering example. Each read that fails leaves the sample's value: the example is a help, not a
 * reason to show an error on the settings form.
 */
export function useOwnValues(): OwnValues {
  const client = useClient();
  const [own, setOwn] = useState<OwnValues>({});
  useEffect(() => {
    let live = true;
    const none = () => undefined;
    void (async () => {
      const [overview, schemes] = await Promise.all([
        client.call('lsp/overview', {}).then((o) => o, none),
        client.call('schemes/list', { active: true, limit: 1 }).then((page) => page, none),
      ]);
      const scheme = schemes?.rows[0];
      const policy = scheme ? await client.call('schemes/policy', { schemeCode: scheme.code }).then((p) => p, none) : undefined;
      if (!live) return;
      setOwn({ lsp: overview?.lsp.code, scheme: scheme?.code, level: scheme?.level ?? undefined, kbli: policy?.kbliCode ?? undefined });
    })();
    return () => {
      live = false;
    };
  }, [client]);
  return own;
}
