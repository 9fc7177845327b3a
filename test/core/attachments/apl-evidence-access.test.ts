import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { attachmentForToken } from '../../../electron/core/attachments/access';
import { storeUpload } from '../../../electron/core/bundles/transfers';
import { AppError } from '../../../electron/shared/errors';
import { call, signInAs } from '../../support/core';
import { assessorInput, candidateInput, registryCore, schemeInput } from '../registry/support';
import { demoSchemeId } from '../scheduling/support';

const PDF = Buffer.from('%PDF-1.4\n%scan of an ijazah\n');
const sha = crypto.createHash('sha256').update(PDF).digest('hex');

const fetchAs = (core: Core, token: string, hash: string) => attachmentForToken({ db: core.db, dataDir: core.dataDir, clock: core.context.clock }, token, hash);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  return 'served';
}

describe('GET /files/attachments/<sha256> for an APL evidence scan', () => {
  it('serves the LSP admin and an assessor who may assess the scheme; not an assessor of another scheme or a proctor', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const candidate = await call(core, 'candidates/create', { candidate: candidateInput(1) }, admin);
    const key = { candidateId: candidate.id, schemeId: demoSchemeId(core) };
    const saved = await call(core, 'apl/saveApplication', { ...key, purpose: 'sertifikasi', purposeNote: null, evidence: [{ kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi' }] }, admin);
    const uploadId = (await storeUpload(core.dataDir, Readable.from([PDF]))).uploadId;
    await call(core, 'apl/setEvidenceFile', { ...key, evidenceId: saved.apl01!.evidence[0].id, uploadId }, admin);

    expect(fetchAs(core, admin, sha)).toMatchObject({ mediaType: 'application/pdf', size: PDF.length });
    // The demo's assessors may assess the demo scheme: they review FR.APL.02 against this evidence.
    expect(fetchAs(core, await signInAs(core, 'assessor1'), sha)).toMatchObject({ mediaType: 'application/pdf' });

    // An assessor of another scheme only: not found, as for any file they may not see.
    const other = await call(core, 'schemes/create', { scheme: schemeInput() }, admin);
    const outsider = await call(core, 'assessors/create', { assessor: assessorInput(950, { schemeCodes: [other.code] }) }, admin);
    await call(core, 'accounts/create', { role: 'assessor', username: 'asesor.lain', displayName: outsider.name, assessorId: outsider.id, password: 'Sementara-2026!' }, admin);
    const outsiderToken = (await call(core, 'auth/signIn', { username: 'asesor.lain', password: 'Sementara-2026!' })).token;
    expect(codeOf(() => fetchAs(core, outsiderToken, sha))).toBe('NOT_FOUND');
    const proctor = await signInAs(core, 'proctor');
    expect(codeOf(() => fetchAs(core, proctor, sha))).toBe('FORBIDDEN');
  });
});
