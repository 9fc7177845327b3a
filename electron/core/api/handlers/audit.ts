import { verifyAudit } from '../../audit/log';
import type { Handlers } from '../context';

export const auditHandlers = {
  'audit/verify': (_args, { core }) => verifyAudit(core.db),
} satisfies Partial<Handlers>;
