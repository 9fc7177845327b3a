import { page } from '../scheduling/fixtures';
import { LSP_TASKS, type KeyStatus, type LspOverview, type LspTasks } from '../../../../electron/shared/types';

/** A new LSP's overview: its identity and nothing entered yet. */
export const EMPTY_LSP: LspOverview = {
  lsp: { id: 'lsp-1', code: 'LSP-TD', name: 'LSP Teknologi Digital' },
  schemes: [],
  upcoming: [],
  upcomingTotal: 0,
  sessionCount: 0,
  tukCount: 0,
  assessorCount: 0,
  candidateCount: 0,
  staffAccounts: { proctors: 0, assessors: 0 },
  tasks: Object.fromEntries(LSP_TASKS.map((task) => [task, 0])) as LspTasks,
  aplToVerifyBySchemes: [],
  sessionsNotReady: [],
  sessionsNotReadyTotal: 0,
};

/** The bundles page's session list with nothing planned (sessions/list). */
export const NO_SESSIONS = page([]);

/** Keys kept under the OS's protection, never backed up. */
export const KEYS: KeyStatus = {
  installationId: 'inst-1',
  protection: 'os',
  unlocked: true,
  canUnlock: true,
  fingerprint: 'AB12 CD34',
  ageRecipient: 'age1example',
  backupMadeAt: null,
  backupTestedAt: null,
  pins: [],
};
