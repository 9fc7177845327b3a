import fs from 'node:fs';
import { dropUnreferenced } from '../../registry/candidate-photo';
import { registryLsp } from '../../registry/scope';
import { aplDetail, aplScope, listApl } from '../../scheduling/apl';
import { reviewSchemes } from '../../scheduling/apl-review';
import { aplPrintSheet } from '../../scheduling/apl-print';
import { schemePolicy, setSchemePolicy } from '../../scheduling/scheme-policy';
import { hashPasswords, passwordPlan, storePasswords } from '../../scheduling/handover';
import { setEvidenceFile } from '../../scheduling/apl-evidence-file';
import { reviewSelfAssessment, saveApplication, saveSelfAssessment, verifyApplication } from '../../scheduling/apl-forms';
import { aplGateHidden } from '../../scheduling/apl-gate-hidden';
import { assessorFit } from '../../scheduling/assessor-fit';
import { listSessions } from '../../scheduling/session-list';
import { cancelSession, checkSession, createSession, getSession, updateSession } from '../../scheduling/sessions';
import { schedulingSettings, setSchedulingSettings } from '../../scheduling/settings';
import { setWrittenTest, writtenTestPreview } from '../../scheduling/written-test';
import { me, write, type CallContext, type Handlers } from '../context';
import { uploadedFile } from './bundles';

const lsp = (call: CallContext) => registryLsp(me(call));
const scope = (call: CallContext) => aplScope(call.core.db, me(call));
const now = (call: CallContext) => call.core.clock.now();

/** Scheduling (issue 16): FR.APL.01 / FR.APL.02 and the LSP's session plans. Every write is one audited transaction. */
export const schedulingHandlers = {
  'apl/get': ({ candidateId, schemeId, round }, call) => aplDetail(call.core.db, scope(call), candidateId, schemeId, now(call), round),
  'apl/list': (args, call) => listApl(call.core.db, scope(call), args, now(call)),
  'apl/saveApplication': (args, call) => {
    const saved = write(call, (at) => saveApplication(call.core.db, me(call), scope(call), args, at));
    // Files of evidence rows taken off the form leave the store once no row names them (personal data).
    for (const sha256 of saved.released) dropUnreferenced({ db: call.core.db, dataDir: call.core.dataDir }, sha256);
    return saved.detail;
  },
  'apl/setEvidenceFile': ({ candidateId, schemeId, round, evidenceId, uploadId }, call) => {
    const file = uploadId === null ? null : uploadedFile(call.core, uploadId);
    try {
      return setEvidenceFile({ db: call.core.db, dataDir: call.core.dataDir }, me(call), scope(call), { candidateId, schemeId, round, evidenceId }, file, now(call));
    } finally {
      // Stored by its hash or refused: the upload is not needed again either way.
      if (file) fs.rmSync(file, { force: true });
    }
  },
  'apl/verifyApplication': (args, call) => write(call, (at) => verifyApplication(call.core.db, me(call), scope(call), args, at)),
  // Staff copy the candidate's paper FR.APL.02: a candidate's account exists only for a session's exam day.
  'apl/saveSelfAssessment': (args, call) => write(call, (at) => saveSelfAssessment(call.core.db, me(call), scope(call), args, 'staff', at)),
  'apl/reviewSelfAssessment': (args, call) => write(call, (at) => reviewSelfAssessment(call.core.db, me(call), scope(call), args, at)),
  'apl/reviewSchemes': (_args, call) => reviewSchemes(call.core.db, scope(call)),
  'apl/print': ({ candidateId, schemeId, round }, call) => aplPrintSheet(call.core.db, scope(call), candidateId, schemeId, now(call), round),

  'schemes/policy': ({ schemeCode }, call) => schemePolicy(call.core.db, lsp(call), schemeCode),
  'schemes/setPolicy': (policy, call) => write(call, (at) => setSchemePolicy(call.core.db, me(call), lsp(call), policy, at)),

  'sessions/list': (args, call) => listSessions(call.core.db, lsp(call), args, now(call)),
  'sessions/get': ({ sessionId }, call) => getSession(call.core.db, lsp(call), sessionId, now(call)),
  'sessions/check': ({ sessionId, session }, call) => checkSession(call.core.db, lsp(call), sessionId, session, now(call)),
  'sessions/assessorFit': (args, call) => assessorFit(call.core.db, lsp(call), args, now(call)),
  'sessions/aplHidden': ({ schemeId }, call) => aplGateHidden(call.core.db, lsp(call), schemeId),
  'sessions/create': ({ session }, call) => write(call, (at) => createSession(call.core.db, me(call), lsp(call), session, at)),
  'sessions/update': ({ sessionId, session, revision }, call) => write(call, (at) => updateSession(call.core.db, me(call), lsp(call), sessionId, session, at, revision)),
  'sessions/cancel': ({ sessionId, reason }, call) => write(call, (at) => cancelSession(call.core.db, me(call), lsp(call), sessionId, reason, at)),
  'sessions/settings': (_args, call) => {
    lsp(call);
    return schedulingSettings(call.core.db);
  },
  'sessions/setSettings': ({ settings }, call) => {
    lsp(call);
    return write(call, (at) => setSchedulingSettings(call.core.db, me(call), settings, at));
  },
  'sessions/issuePasswords': async ({ sessionId, candidateIds }, call) => {
    // Checked first, hashed outside any transaction (scrypt is async), written in one transaction.
    const plan = passwordPlan(call.core.db, lsp(call), sessionId, candidateIds);
    const hashed = await hashPasswords(plan);
    return write(call, (at) => storePasswords(call.core.db, me(call), lsp(call), plan, hashed, at));
  },
  'sessions/writtenTest': ({ sessionId }, call) => writtenTestPreview(call.core.db, lsp(call), sessionId),
  'sessions/setWrittenTest': ({ sessionId, test }, call) => write(call, (at) => setWrittenTest(call.core.db, me(call), lsp(call), sessionId, test, at)),
} satisfies Partial<Handlers>;
