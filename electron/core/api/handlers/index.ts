import type { Handlers } from '../context';
import { accountHandlers } from './accounts';
import { appHandlers } from './app';
import { assessmentHandlers } from './assessment';
import { feedbackHandlers } from './feedback';
import { printHandlers } from './print';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { bundleHandlers } from './bundles';
import { backupHandlers } from './backups';
import { bankHandlers } from './bank';
import { bankImportHandlers } from './bank-import';
import { roomHandlers } from './room';
import { cbtHandlers } from './cbt';
import { examHandlers } from './exam';
import { examCardHandlers } from './exam-cards';
import { homeHandlers } from './homes';
import { keyHandlers } from './keys';
import { setupHandlers } from './setup';
import { registryHandlers } from './registry';
import { registryImportHandlers } from './registry-import';
import { schedulingHandlers } from './scheduling';
import { plenoHandlers } from './pleno';
import { certificateHandlers } from './certificates';
import { aplSelfHandlers } from './apl-self';

/** Every contract method must appear here: a missing or extra handler is a compile error. */
export const handlers = {
  ...appHandlers,
  ...authHandlers,
  ...accountHandlers,
  ...homeHandlers,
  ...auditHandlers,
  ...bundleHandlers,
  ...keyHandlers,
  ...cbtHandlers,
  ...examHandlers,
  ...examCardHandlers,
  ...backupHandlers,
  ...roomHandlers,
  ...assessmentHandlers,
  ...feedbackHandlers,
  ...printHandlers,
  ...setupHandlers,
  ...registryHandlers,
  ...registryImportHandlers,
  ...bankHandlers,
  ...bankImportHandlers,
  ...schedulingHandlers,
  ...plenoHandlers,
  ...certificateHandlers,
  ...aplSelfHandlers,
} satisfies Handlers;
