import { isDemo, demoLogins } from '../../demo/seed';
import { readUserVersion } from '../../db/open';
import type { Handlers } from '../context';

export const appHandlers = {
  'app/info': (_args, { core }) => {
    const demo = isDemo(core.db);
    return {
      name: 'Ruang Uji',
      version: core.version,
      schemaVersion: readUserVersion(core.db),
      demo,
      demoLogins: demo ? demoLogins() : null,
    };
  },
} satisfies Partial<Handlers>;
