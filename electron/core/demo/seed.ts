import type { CandidateInput } from '../../shared/registry';
import type { Principal, Role } from '../../shared/roles';
import type { DemoLogin } from '../../shared/types';
import { appendAudit } from '../audit/log';
import { CANDIDATE_PASSWORD_COST, candidatePasswordForm, hashPassword } from '../auth/password';
import { addDays, localDate, type Clock } from '../clock';
import type { Db } from '../db/open';
import { insertAccount } from '../db/queries/accounts';
import { setSessionBnsp } from '../db/queries/certificates-bnsp';
import * as ins from '../db/queries/inserts';
import { setSchemeCodes } from '../db/queries/registry-assessors';
import { insertCandidate } from '../db/queries/registry-candidates';
import { linkSeatApplication } from '../db/queries/scheduling-sessions';
import { insertVerification, noteVerifiedOn } from '../db/queries/registry-tuks';
import { upsertSchemePolicy } from '../db/queries/scheme-policy';
import { getSetting, setSetting } from '../db/queries/settings';
import { candidateAccountId, newId } from '../ids';
import { checkCandidate, rowOf } from '../registry/candidates';
import { selfRows, type AplScope } from '../scheduling/apl';
import { reviewSelfAssessment, saveApplication, saveSelfAssessment, verifyApplication } from '../scheduling/apl-forms';
import { loadDemoContent, type DemoContent, type DemoPeople } from './content';

export const DEMO_SETTING = 'demo';

export function isDemo(db: Db): boolean {
  return getSetting(db, DEMO_SETTING) === '1';
}


/**
 * A demo candidate as the registry's form would store it. The seed writes past the form, so it holds the
 * record to the form's checks here: a bad edit of people.json fails loudly instead of becoming a record the
 * candidate's page, the APL print or the BNSP sheet would refuse later.
 */
function checkedCandidate(c: DemoPeople['candidates'][number], today: string): CandidateInput {
  const { name, nik, birthPlace, birthDate, sex, address, regencyCode, provinceCode, phone, email, educationCode, occupationCode, institution } = c;
  const input = { name, nik, birthPlace, birthDate, sex, address, regencyCode, provinceCode, phone, email, educationCode, occupationCode, institution, photoSha256: null };
  const { value, checks } = checkCandidate(input, today);
  if (checks.issues.length > 0) {
    throw new Error(`demo candidate ${c.participantNo} is refused by the registry: ${checks.issues.map((i) => `${i.field} ${i.reason}`).join(', ')}`);
  }
  return value;
}

/**
 * A demo candidate's FR.APL.01 and FR.APL.02 as the app records them (the same core functions, audit
 * entries included): saved and accepted by the LSP admin, answered K on every element, reviewed 'proceed'
 * by the candidate's assessor, each step the content's number of days before the session.
 */
function seedApl(
  db: Db,
  who: { candidateId: string; schemeId: string; lspId: string; admin: Principal; assessor: Principal | undefined; assessorScope: AplScope | undefined },
  apl: DemoPeople['apl'],
  now: Date,
): void {
  const { candidateId, schemeId, admin, assessor, assessorScope } = who;
  if (!assessor || !assessorScope) throw new Error(`demo candidate ${candidateId} has no assessor account`);
  const key = { candidateId, schemeId };
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const staff: AplScope = { lspId: who.lspId, assessor: null };
  saveApplication(db, admin, staff, { ...key, purpose: apl.purpose, purposeNote: null, evidence: apl.evidence }, daysAgo(apl.savedDaysAgo));
  verifyApplication(db, admin, staff, { ...key, result: 'accepted', note: null }, daysAgo(apl.verifiedDaysAgo));
  const answers = selfRows(db, schemeId, null).map((r) => ({ elementId: r.elementId, answer: 'K' as const, evidence: apl.selfEvidence }));
  saveSelfAssessment(db, admin, staff, { ...key, answers }, 'staff', daysAgo(apl.verifiedDaysAgo));
  reviewSelfAssessment(db, assessor, assessorScope, { ...key, recommendation: 'proceed', note: null }, daysAgo(apl.reviewedDaysAgo));
}

export function demoLogins(content: DemoContent = loadDemoContent()): DemoLogin[] {
  const { people } = content;
  return [
    ...people.staff.map((s) => ({ role: s.role, username: s.username, password: s.password, name: s.displayName })),
    ...people.assessors.map((a) => ({ role: 'assessor' as const, username: a.username, password: a.password, name: a.name })),
    ...people.candidates.map((c) => ({ role: 'candidate' as const, username: c.participantNo, password: c.password, name: c.name })),
  ];
}

/**
 * Fills an empty database with the embedded demo: one LSP, one TUK Sewaktu, the Junior Web Programmer
 * scheme with its instruments, two assessors, twelve candidates and a session on `today`, with everything
 * the BNSP upload sheet and the certificate numbers ask of them.
 */
export async function seedDemo(db: Db, clock: Clock, options: { passwordCost?: number } = {}): Promise<void> {
  const content = loadDemoContent();
  const { scheme, instruments, people } = content;
  const logins = demoLogins(content);
  // Hash before the transaction: scrypt is async and a transaction must not span an await.
  const hashes = new Map<string, string>(
    await Promise.all(
      logins.map(async (l) => {
        const candidate = l.role === 'candidate';
        const password = candidate ? candidatePasswordForm(l.password) : l.password;
        return [l.username, await hashPassword(password, { N: options.passwordCost ?? (candidate ? CANDIDATE_PASSWORD_COST : undefined) })] as const;
      }),
    ),
  );
  const now = clock.now();
  const today = localDate(now);
  const createdAt = now.toISOString();
  const yearsFromToday = (years: number) => addDays(today, Math.round(years * 365));

  db.transaction(() => {
    const lspId = newId();
    ins.insertLsp(db, { id: lspId, code: people.lsp.code, name: people.lsp.name, license_no: people.lsp.licenseNo, address: people.lsp.address });
    const tukId = newId();
    ins.insertTuk(db, {
      id: tukId,
      lsp_id: lspId,
      code: people.tuk.code,
      name: people.tuk.name,
      type: people.tuk.type,
      time_zone: people.tuk.timeZone,
      address: people.tuk.address,
      // Set from the verification record below, as the registry keeps it.
      verified_on: null,
    });

    // Returns who signed in as, for the APL forms the seed fills as that account would.
    const account = (role: Role, username: string, displayName: string, ids: { assessorId?: string; candidateId?: string }): Principal => {
      const p: Principal = { accountId: ids.candidateId ? candidateAccountId(ids.candidateId) : newId(), role, username, displayName, lspId, assessorId: ids.assessorId ?? null, candidateId: ids.candidateId ?? null };
      insertAccount(db, { id: p.accountId, role, username, displayName, passwordHash: hashes.get(username) ?? '', lspId, assessorId: p.assessorId, candidateId: p.candidateId, createdAt });
      return p;
    };

    const staff = people.staff.map((s) => account(s.role, s.username, s.displayName, {}));
    const admin = staff.find((p) => p.role === 'lsp_admin');
    if (!admin) throw new Error('demo has no LSP admin');
    const assessorIds = new Map<string, string>();
    const assessorScopes = new Map<string, AplScope>();
    const assessorPrincipals = new Map<string, Principal>();
    for (const a of people.assessors) {
      const id = newId();
      assessorIds.set(a.key, id);
      ins.insertAssessor(db, {
        id,
        lsp_id: lspId,
        name: a.name,
        met_number: a.metNumber,
        met_expires_on: yearsFromToday(a.metValidYears),
        tech_cert_expires_on: yearsFromToday(a.techCertValidYears),
      });
      assessorScopes.set(a.key, { lspId, assessor: { id, name: a.name, metNumber: a.metNumber } });
      assessorPrincipals.set(a.key, account('assessor', a.username, a.name, { assessorId: id }));
      // Registered for the demo's one scheme, as the registry lists an assessor's competences.
      setSchemeCodes(db, id, [scheme.code]);
    }

    const schemeId = newId();
    ins.insertScheme(db, {
      id: schemeId,
      lsp_id: lspId,
      code: scheme.code,
      kind: scheme.kind,
      skkni: scheme.skkni,
      title_id: scheme.title.id,
      title_en: scheme.title.en,
      settings: JSON.stringify({ passMarkPercent: scheme.passMarkPercent }),
    });
    // Its KBLI code, so the demo's pleno can number certificates; the other settings stay at the LSP default.
    upsertSchemePolicy(db, {
      lsp_id: lspId,
      scheme_code: scheme.code,
      test_duration_minutes: null,
      pass_hint_percent: null,
      certificate_validity_years: null,
      kbli_code: scheme.kbliCode,
    });
    const kukIds = new Map<string, string>();
    scheme.units.forEach((u, ui) => {
      const unitId = newId();
      ins.insertUnit(db, { id: unitId, scheme_id: schemeId, ordinal: ui + 1, code: u.code, title_id: u.title.id, title_en: u.title.en });
      u.elements.forEach((e) => {
        const elementId = newId();
        ins.insertElement(db, { id: elementId, unit_id: unitId, ordinal: e.no, title_id: e.title.id, title_en: e.title.en });
        e.kuk.forEach((k, ki) => {
          const kukId = newId();
          kukIds.set(`${u.code}#${k.no}`, kukId);
          ins.insertKuk(db, {
            id: kukId,
            element_id: elementId,
            ordinal: ki + 1,
            number: k.no,
            text_id: k.text.id,
            text_en: k.text.en,
            dimensions: JSON.stringify(k.dimensions),
          });
        });
      });
    });
    const kuk = (ref: string) => {
      const found = kukIds.get(ref);
      if (!found) throw new Error(`demo instrument refers to unknown KUK ${ref}`);
      return found;
    };

    type Q = { ref: string; kuk: string; prompt: { id: string; en: string }; expected?: { id: string; en: string }; dimensions?: string[]; scoring?: string };
    const item = (kind: string, q: Q, ordinal: number) => {
      const id = newId();
      const kukId = kuk(q.kuk);
      // The demo's bank is reviewed content: approved, each question on its one KUK.
      ins.insertItem(db, {
        id,
        scheme_id: schemeId,
        kind,
        ref: q.ref,
        ordinal,
        kuk_id: kukId,
        dimensions: JSON.stringify(q.dimensions ?? []),
        prompt_id: q.prompt.id,
        prompt_en: q.prompt.en,
        expected_id: q.expected?.id ?? null,
        expected_en: q.expected?.en ?? null,
        scoring: q.scoring ?? 'yes_no',
        status: 'approved',
      });
      ins.insertItemKuk(db, { item_id: id, kuk_id: kukId, ordinal: 0 });
      return id;
    };
    instruments.multipleChoice.forEach((q, i) => {
      const itemId = item('multiple_choice', q, i + 1);
      q.options.forEach((o, oi) =>
        ins.insertOption(db, { item_id: itemId, ordinal: oi, text_id: o.id, text_en: o.en, is_correct: oi === q.answer ? 1 : 0 }),
      );
    });
    instruments.essay.forEach((q, i) => item('essay', q, i + 1));
    instruments.oral.forEach((q, i) => item('oral', q, i + 1));
    instruments.supporting.forEach((q, i) => item('supporting', q, i + 1));
    for (const o of instruments.observation) {
      ins.insertObservation(db, { id: newId(), scheme_id: schemeId, kuk_id: kuk(o.kuk), benchmark_id: o.benchmark.id, benchmark_en: o.benchmark.en, status: 'approved' });
    }

    const sessionId = newId();
    ins.insertSession(db, {
      id: sessionId,
      lsp_id: lspId,
      scheme_id: schemeId,
      tuk_id: tukId,
      code: people.session.code,
      title_id: people.session.title.id,
      title_en: people.session.title.en,
      date: today,
      start_time: people.session.startTime,
      duration_minutes: people.session.durationMinutes,
      settings: '{}',
    });
    const { scheduleCode, fundingCode, ministryCode } = people.session.bnsp;
    setSessionBnsp(db, sessionId, { schedule_code: scheduleCode, funding_code: fundingCode, ministry_code: ministryCode });
    // A TUK Sewaktu is verified for each session: the record the TUK's page lists and the scheduling rules
    // look for, dated on or before the session (and so not after today), with tuk.verified_on following it as
    // the registry's addVerification keeps it, so the home, the TUK list and the TUK's page agree.
    const verifiedOn = addDays(today, -people.tuk.verifiedDaysAgo);
    insertVerification(db, {
      id: newId(),
      tuk_id: tukId,
      session_id: sessionId,
      verified_on: verifiedOn,
      verifier: people.tuk.verifier,
      result: 'fit',
      note: people.tuk.verificationNote || null,
      recorded_at: createdAt,
    });
    noteVerifiedOn(db, tukId, verifiedOn);
    for (const c of people.candidates) {
      const candidateId = newId();
      insertCandidate(db, rowOf(candidateId, lspId, c.participantNo, checkedCandidate(c, today), 1));
      account('candidate', c.participantNo, c.name, { candidateId });
      const assessorId = assessorIds.get(c.assessor);
      if (!assessorId) throw new Error(`demo candidate ${c.participantNo} names unknown assessor ${c.assessor}`);
      ins.insertSessionCandidate(db, { session_id: sessionId, candidate_id: candidateId, assessor_id: assessorId, seat: c.seat });
      seedApl(db, { candidateId, schemeId, lspId, admin, assessor: assessorPrincipals.get(c.assessor), assessorScope: assessorScopes.get(c.assessor) }, people.apl, now);
      linkSeatApplication(db, sessionId, candidateId);
    }

    setSetting(db, DEMO_SETTING, '1');
    appendAudit(db, null, { action: 'demo.created', entity: 'session', entityId: sessionId, details: { date: today } }, now);
  })();
}
