import * as assessors from '../../registry/assessors';
import { codeNames, setCodeNames } from '../../registry/code-names';
import * as schemes from '../../registry/schemes';
import { registryLsp } from '../../registry/scope';
import { registrySettings, setRegistrySettings } from '../../registry/settings';
import * as tuks from '../../registry/tuks';
import { me, write, type CallContext, type Handlers } from '../context';
import { registryCandidateHandlers } from './registry-candidates';

const lsp = (call: CallContext) => registryLsp(me(call));

/** Runs a registry write in one transaction with the caller, their LSP and the core's time. */
function change<T>(call: CallContext, fn: (db: CallContext['core']['db'], principal: ReturnType<typeof me>, lspId: string, now: Date) => T): T {
  const principal = me(call);
  const lspId = registryLsp(principal);
  return write(call, (now) => fn(call.core.db, principal, lspId, now));
}

/** The LSP's registry (issue 14): schemes, assessors, TUKs (candidates in their own file). */
export const registryHandlers = {
  ...registryCandidateHandlers,

  'schemes/list': (args, call) => schemes.listSchemes(call.core.db, lsp(call), args),
  'schemes/get': ({ schemeId }, call) => schemes.getScheme(call.core.db, lsp(call), schemeId),
  'schemes/create': ({ scheme }, call) => change(call, (db, p, lspId, now) => schemes.createScheme(db, p, lspId, scheme, now)),
  'schemes/update': ({ schemeId, scheme, revision }, call) =>
    change(call, (db, p, lspId, now) => schemes.updateScheme(db, p, lspId, schemeId, scheme, now, revision)),
  'schemes/setActive': ({ schemeId, active }, call) => change(call, (db, p, lspId, now) => schemes.setSchemeActive(db, p, lspId, schemeId, active, now)),

  'assessors/list': (args, call) => assessors.listAssessors(call.core.db, lsp(call), args, call.core.clock.now()),
  'assessors/get': ({ assessorId }, call) => assessors.getAssessor(call.core.db, lsp(call), assessorId, call.core.clock.now()),
  'assessors/create': ({ assessor }, call) => change(call, (db, p, lspId, now) => assessors.createAssessor(db, p, lspId, assessor, now)),
  'assessors/update': ({ assessorId, assessor, revision }, call) =>
    change(call, (db, p, lspId, now) => assessors.updateAssessor(db, p, lspId, assessorId, assessor, now, revision)),
  'assessors/setActive': ({ assessorId, active }, call) =>
    change(call, (db, p, lspId, now) => assessors.setAssessorActive(db, p, lspId, assessorId, active, now)),

  'tuks/list': (args, call) => tuks.listTuks(call.core.db, lsp(call), args, call.core.clock.now()),
  'tuks/get': ({ tukId }, call) => tuks.getTuk(call.core.db, lsp(call), tukId, call.core.clock.now()),
  'tuks/create': ({ tuk }, call) => change(call, (db, p, lspId, now) => tuks.createTuk(db, p, lspId, tuk, now)),
  'tuks/update': ({ tukId, tuk }, call) => change(call, (db, p, lspId, now) => tuks.updateTuk(db, p, lspId, tukId, tuk, now)),
  'tuks/setActive': ({ tukId, active }, call) => change(call, (db, p, lspId, now) => tuks.setTukActive(db, p, lspId, tukId, active, now)),
  'tuks/addVerification': ({ tukId, verification }, call) =>
    change(call, (db, p, lspId, now) => tuks.addVerification(db, p, lspId, tukId, verification, now)),

  'registry/settings': (_args, call) => {
    lsp(call);
    return registrySettings(call.core.db);
  },
  'registry/setSettings': ({ settings }, call) => change(call, (db, p, _lspId, now) => setRegistrySettings(db, p, settings, now)),
  'registry/codeNames': (_args, call) => {
    lsp(call);
    return codeNames(call.core.db);
  },
  'registry/setCodeNames': ({ list, entries }, call) => change(call, (db, p, _lspId, now) => setCodeNames(db, p, list, entries, now)),
} satisfies Partial<Handlers>;
