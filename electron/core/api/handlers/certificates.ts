import fs from 'node:fs';
import { applyBlanko, previewBlanko } from '../../certificates/blanko-import';
import { bnspSheet } from '../../certificates/bnsp-sheet';
import { issueCertificates } from '../../certificates/issue';
import { auditPrint, certificatePrint } from '../../certificates/print';
import { getCertificate, listCertificates, revokeCertificate, setBlanko } from '../../certificates/register';
import { registerSheet } from '../../certificates/register-sheet';
import { replaceCertificate } from '../../certificates/replace';
import { sessionCodes, setSessionCodes } from '../../certificates/session-codes';
import { recordSurveillance } from '../../certificates/surveillance';
import { keepHolderAsPrinted } from '../../certificates/holder-print';
import { certificateSettings, setCertificateSettings } from '../../certificates/settings';
import { registryLsp } from '../../registry/scope';
import { me, write, type CallContext, type Handlers } from '../context';
import { uploadedFile } from './bundles';

const lsp = (call: CallContext) => registryLsp(me(call));
const now = (call: CallContext) => () => call.core.clock.now();

/** The certificate register and the BNSP sheet (issue 17); lsp_admin only, by the contract. */
export const certificateHandlers = {
  'certificates/settings': (_args, call) => {
    lsp(call);
    return certificateSettings(call.core.db);
  },
  'certificates/setSettings': ({ settings }, call) => {
    lsp(call);
    return write(call, (at) => setCertificateSettings(call.core.db, me(call), settings, at));
  },
  // Its own transactions, one per batch (see certificates/issue.ts).
  'certificates/issue': ({ plenoId, issuedOn }, call) => issueCertificates(call.core.db, me(call), plenoId, issuedOn, now(call)),
  'certificates/list': (args, call) => listCertificates(call.core.db, lsp(call), args, call.core.clock.now()),
  'certificates/get': ({ certificateId }, call) => getCertificate(call.core.db, lsp(call), certificateId, call.core.clock.now()),
  'certificates/print': (target, call) => {
    const lspId = lsp(call);
    return write(call, (at) => {
      const print = certificatePrint(call.core.db, lspId, target);
      auditPrint(call.core.db, me(call), target, print, at);
      // The paper now carries the registry's details: a correction before this print no longer asks for a reprint.
      keepHolderAsPrinted(call.core.db, print.certificates.map((c) => c.id), at);
      return print;
    });
  },
  'certificates/setBlanko': ({ certificateId, blankoNumber }, call) => {
    const lspId = lsp(call);
    return write(call, (at) => setBlanko(call.core.db, me(call), lspId, certificateId, blankoNumber, at));
  },
  'certificates/revoke': ({ certificateId, reason }, call) => {
    const lspId = lsp(call);
    return write(call, (at) => revokeCertificate(call.core.db, me(call), lspId, certificateId, reason, at));
  },
  // Its own IMMEDIATE transaction (a counter value taken), as issuing's batches.
  'certificates/replace': ({ certificateId, issuedOn }, call) => replaceCertificate(call.core.db, me(call), certificateId, issuedOn, now(call)),
  'certificates/recordSurveillance': ({ certificateId, ...input }, call) => {
    const lspId = lsp(call);
    return write(call, (at) => recordSurveillance(call.core.db, me(call), lspId, certificateId, input, at, (id) => getCertificate(call.core.db, lspId, id, at)));
  },
  'certificates/bnspSheet': ({ plenoId, language }, call) => bnspSheet(call.core.db, call.core.dataDir, me(call), plenoId, now(call), language),
  'certificates/registerSheet': ({ language }, call) => registerSheet(call.core.db, call.core.dataDir, me(call), now(call), language),
  'certificates/sessionCodes': ({ sessionId }, call) => sessionCodes(call.core.db, lsp(call), sessionId),
  'certificates/setSessionCodes': ({ sessionId, codes }, call) => {
    const lspId = lsp(call);
    return write(call, (at) => setSessionCodes(call.core.db, me(call), lspId, sessionId, codes, at));
  },
  'certificates/blankoPreview': async ({ uploadId }, call) => {
    const principal = me(call);
    const file = uploadedFile(call.core, uploadId);
    try {
      return await previewBlanko(call.core.db, principal, file, call.core.clock.now());
    } finally {
      // The preview keeps the parsed rows; the upload is not needed again.
      fs.rmSync(file, { force: true });
    }
  },
  'certificates/blankoApply': ({ importId }, call) => applyBlanko(call.core.db, me(call), importId, call.core.clock.now()),
} satisfies Partial<Handlers>;
