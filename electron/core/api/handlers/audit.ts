import { headFilePath } from '../../audit/head-file';
import { listAudit } from '../../audit/list';
import { auditSources } from '../../db/queries/audit-list';
import { verifyAudit } from '../../audit/log';
import type { Handlers } from '../context';

export const auditHandlers = {
  'audit/verify': (_args, { core }) => {
    // Rows this process wrote outside a call (timers) are its own: sign them, so only others' rows show as unsigned.
    core.anchor.sign('verify');
    return verifyAudit(core.db, { headFile: headFilePath(core.dataDir) });
  },
  'audit/integrity': (_args, { core }) => core.integrity.current(),
  'audit/list': (args, { core }) => listAudit(core.db, args),
  'audit/sources': (_args, { core }) => auditSources(core.db),
} satisfies Partial<Handlers>;
