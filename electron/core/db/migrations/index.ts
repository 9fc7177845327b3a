import { initial } from './001-initial';
import { examRun } from './002-exam-run';
import { bundles } from './003-bundles';
import { assessment } from './004-assessment';
import { keyWraps } from './005-key-wraps';
import { auditHeads } from './006-audit-heads';
import { staffAccounts } from './007-staff-accounts';
import { registry } from './008-registry';
import { examDayIntegrity } from './009-exam-day-integrity';
import { registryInactive } from './010-registry-inactive';
import { questionBank } from './011-question-bank';
import { scheduling } from './012-scheduling';
import { sessionExport } from './013-session-export';
import { schemePolicy } from './014-scheme-policy';
import { closingTheLoop } from './015-closing-the-loop';
import { aplSelfAccess } from './016-apl-self-access';
import { authSessionRevokeReason } from './017-auth-session-revoke-reason';
import { passwordIssueIndex } from './018-password-issue-index';
import { sessionCancel } from './019-session-cancel';
import { accountDisableIndex } from './020-account-disable-index';
import { testActionIndexes } from './021-test-action-indexes';
import { localPasswords } from './022-local-passwords';
import { resultsExportIndex } from './023-results-export-index';
import { recordChangeIndex } from './024-record-change-index';
import { cardIssueIndexes } from './025-card-issue-indexes';
import { retireUnmappedDraft } from './026-retire-unmapped-draft';
import { certificateReplacement } from './027-certificate-replacement';
import { aplRounds } from './028-apl-rounds';
import { certificateSurveillance } from './029-certificate-surveillance';
import { certificateHolderPrint } from './030-certificate-holder-print';
import { keyCorrections } from './031-key-corrections';
import { keyCorrectionWithdrawals } from './032-key-correction-withdrawals';
import type { Migration } from './types';

/** The one ordered list. Append only: never edit or reorder a migration that has shipped. */
export const migrations: readonly Migration[] = [initial, examRun, bundles, assessment, keyWraps, auditHeads, staffAccounts, registry, examDayIntegrity, registryInactive, questionBank, scheduling, sessionExport, schemePolicy, closingTheLoop, aplSelfAccess, authSessionRevokeReason, passwordIssueIndex, sessionCancel, accountDisableIndex, testActionIndexes, localPasswords, resultsExportIndex, recordChangeIndex, cardIssueIndexes, retireUnmappedDraft, certificateReplacement, aplRounds, certificateSurveillance, certificateHolderPrint, keyCorrections, keyCorrectionWithdrawals];

export const LATEST_SCHEMA_VERSION = migrations.length;
export type { Migration } from './types';
