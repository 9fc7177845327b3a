import fs from 'node:fs';
import * as candidates from '../../registry/candidates';
import { setCandidatePhoto } from '../../registry/candidate-photo';
import { candidateSessions } from '../../registry/candidate-sessions';
import { registryLsp } from '../../registry/scope';
import { me, write, type Handlers } from '../context';
import { uploadedFile } from './bundles';

/** Candidates (asesi) of the LSP's registry: deduplicated by NIK, every change audited. */
export const registryCandidateHandlers = {
  'candidates/list': (args, call) => candidates.listCandidates(call.core.db, registryLsp(me(call)), args),
  'candidates/institutions': ({ prefix }, call) => ({ institutions: candidates.institutionsStartingWith(call.core.db, registryLsp(me(call)), prefix) }),
  'candidates/get': ({ candidateId }, call) => candidates.detailOf(candidates.getCandidate(call.core.db, registryLsp(me(call)), candidateId)),
  'candidates/sessions': ({ candidateId }, call) => {
    const lspId = registryLsp(me(call));
    candidates.getCandidate(call.core.db, lspId, candidateId);
    return { sessions: candidateSessions(call.core.db, lspId, candidateId, call.core.clock.now()) };
  },
  'candidates/create': ({ candidate, differentPerson }, call) => {
    const principal = me(call);
    return write(call, (now) => candidates.createCandidate(call.core.db, principal, registryLsp(principal), candidate, now, { differentPerson }));
  },
  'candidates/update': ({ candidateId, candidate, revision, differentPerson }, call) => {
    const principal = me(call);
    return write(call, (now) => candidates.updateCandidate(call.core.db, principal, registryLsp(principal), candidateId, candidate, now, revision, { differentPerson }));
  },
  'candidates/setActive': ({ candidateId, active }, call) => {
    const principal = me(call);
    return write(call, (now) => candidates.setCandidateActive(call.core.db, principal, registryLsp(principal), candidateId, active, now));
  },
  'candidates/setPhoto': ({ candidateId, uploadId }, call) => {
    const principal = me(call);
    const env = { db: call.core.db, dataDir: call.core.dataDir };
    const file = uploadId === null ? null : uploadedFile(call.core, uploadId);
    try {
      return setCandidatePhoto(env, principal, registryLsp(principal), candidateId, file, call.core.clock.now());
    } finally {
      // Stored by its hash or refused: the upload is not needed again either way.
      if (file) fs.rmSync(file, { force: true });
    }
  },
} satisfies Partial<Handlers>;
