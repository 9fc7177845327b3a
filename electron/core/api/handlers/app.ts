import { isDemo, demoLogins } from '../../demo/seed';
import { readUserVersion } from '../../db/open';
import { enabledUsernames } from '../../db/queries/accounts';
import { installationLanguage } from '../../setup/language-file';
import { setupStatus } from '../../setup/installation';
import type { Db } from '../../db/open';
import type { DemoLogin } from '../../../shared/types';
import type { Handlers } from '../context';
import { clockBehind } from '../../clock-check';
import { diskLow } from '../../disk-space';

export const appHandlers = {
  'app/info': (_args, { core }) => {
    const demo = isDemo(core.db);
    return {
      name: 'Ruang Uji',
      version: core.version,
      schemaVersion: readUserVersion(core.db),
      demo,
      demoLogins: demo ? loginsThatWork(core.db) : null,
      language: installationLanguage(core.db),
      setUp: !setupStatus(core.db).needed,
    };
  },

  'app/computer': (_args, { core }) => ({
    clockBehind: clockBehind(core.db, core.clock.now()),
    diskLow: diskLow(core.dataDir),
  }),
} satisfies Partial<Handlers>;

/**
 * The demo's logins that exist here: a TUK station made with `demo --tuk-station` has only the proctor
 * until a session bundle brings the assessors and candidates, and an admin may have disabled one.
 */
function loginsThatWork(db: Db): DemoLogin[] {
  const logins = demoLogins();
  const usable = enabledUsernames(db, logins.map((l) => l.username));
  return logins.filter((l) => usable.has(l.username.toLowerCase()));
}
