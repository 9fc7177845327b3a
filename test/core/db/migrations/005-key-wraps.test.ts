import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { privateKeys } from '../../../../electron/core/keys/installation';
import { tempCore, tempDir } from '../../../support/core';

describe('migration 005 (key wraps)', () => {
  it('turns the old key file into the data key: the sealed keys still open, relabelled, and the file goes at the first key holder sign-in', async () => {
    const dataDir = tempDir();
    const fresh = await tempCore({ dataDir });
    const fingerprint = privateKeys(fresh.db, fresh.context.vault).fingerprint;
    fresh.close();
    // Back to what version 4 left: the same blob labelled by the key-file sealer, no key_wrap table.
    const old = new Database(path.join(dataDir, 'ruang-uji.sqlite'));
    old.exec("DROP TABLE key_wrap; UPDATE installation_key SET sealer = 'key-file-aes-256-gcm'; PRAGMA user_version = 4");
    // And without what later migrations added, so they can run again (006: audit heads).
    old.exec('DROP TABLE audit_head; DROP TABLE remote_audit_head; DROP TRIGGER remote_audit_log_no_delete');
    // (034: the options an attempt showed in their order; item's goes with 011's rebuild.)
    old.exec('ALTER TABLE attempt DROP COLUMN options_in_order');
    // (038: refused late answers waiting for their audit entry.)
    old.exec('DROP TABLE held_refusal_pending');
    // (037: the index of a TUK station's refused late answers in the received logs.)
    old.exec('DROP INDEX remote_audit_log_held_refusals');
    // (036: a TUK's time zone.)
    old.exec('ALTER TABLE tuk DROP COLUMN time_zone');
    // (035: the lock at this computer, apart from the LAN's.)
    old.exec('ALTER TABLE account DROP COLUMN here_locked_at; ALTER TABLE account DROP COLUMN here_failed_attempts');
    // (033: the seat counts and their triggers, the index of sessions not cancelled; tuk_verification, and its index by session, goes with 008's step.)
    old.exec('DROP TRIGGER session_seats_insert; DROP TRIGGER session_seats_delete; DROP TRIGGER session_seats_move; DROP TRIGGER session_seats_gone; DROP TABLE session_seats; DROP INDEX session_upcoming');
    // (032: withdrawals of key corrections; 031: a session's key corrections; 030: the holder details each certificate was
    // printed with; 029: surveillances.)
    old.exec('DROP TABLE key_correction_withdrawal; DROP TABLE key_correction; DROP TABLE certificate_holder_print; DROP TABLE certificate_surveillance');
    // (007: staff accounts.)
    old.exec('DROP INDEX auth_session_expires; ALTER TABLE account DROP COLUMN must_change_password');
    // (010: inactive candidates, an index on a column 008 added.)
    old.exec('DROP INDEX candidate_inactive');
    // (028: the application a seat was planned on; 028 also rebuilt apl_application, which 012's step drops.)
    old.exec('DROP INDEX session_candidate_application; ALTER TABLE session_candidate DROP COLUMN apl_application_id');
    // (025: the indexes of the new candidate cards given at a TUK.)
    old.exec('DROP INDEX audit_log_cards_issued; DROP INDEX remote_audit_log_cards_issued');
    // (024: the index of the changes to records saved with a revision.)
    old.exec('DROP INDEX audit_log_record_changes');
    // (023: the index of the bundle exports.)
    old.exec('DROP INDEX audit_log_bundle_exports');
    // (022: the passwords issued at this installation.)
    old.exec('DROP TRIGGER local_password_superseded; DROP TABLE local_password');
    // (021: the indexes of the proctors' test actions and of a TUK's account entries.)
    old.exec('DROP INDEX audit_log_test_actions; DROP INDEX remote_audit_log_test_actions; DROP INDEX remote_audit_log_accounts');
    // (020: the index of the staff account disables.)
    old.exec('DROP INDEX audit_log_account_disables');
    // (019: a session called off; the reason's check names the other two, so it goes first.)
    old.exec('ALTER TABLE session DROP COLUMN cancel_reason; ALTER TABLE session DROP COLUMN cancelled_by; ALTER TABLE session DROP COLUMN cancelled_at');
    // (018: the index of the session password issues.)
    old.exec('DROP INDEX audit_log_passwords_issued');
    // (017: why a sign-in was ended.)
    old.exec('ALTER TABLE auth_session DROP COLUMN revoke_reason');
    // (016: the candidate's FR.APL.02 sign-in on the account.)
    old.exec('ALTER TABLE account DROP COLUMN apl_submitted_at; ALTER TABLE account DROP COLUMN apl_until; ALTER TABLE account DROP COLUMN apl_application_id');
    // (015: pleno, appeals, certificates, BNSP session codes; 014: per-scheme settings.)
    old.exec(`DROP TABLE session_bnsp; DROP TABLE certificate; DROP TABLE certificate_counter; DROP TABLE appeal_case;
      DROP TABLE pleno_decision; DROP TABLE pleno_member; DROP TABLE pleno_session; DROP TABLE pleno; DROP TABLE scheme_policy`);
    // (013: the session exports.)
    old.exec('DROP TABLE session_export');
    // (012: scheduling; the generated session times go before the index on them and the column they read.)
    old.exec(`DROP TABLE apl_self_answer; DROP TABLE apl_self_assessment; DROP TABLE apl_evidence; DROP TABLE apl_application; DROP TABLE session_assessor;
      DROP INDEX session_lsp_start; DROP INDEX session_candidate_candidate;
      ALTER TABLE session DROP COLUMN ends_min; ALTER TABLE session DROP COLUMN starts_min;
      ALTER TABLE session DROP COLUMN changed_at; ALTER TABLE session DROP COLUMN mode;`);
    // (011: the question bank; item and observation_item are rebuilt from their old columns.)
    old.exec('DROP TABLE item_kuk; DROP TABLE item_image');
    // (008: the registry; scheme is rebuilt from its old columns, so its new ones need not go.)
    old.exec(`DROP TABLE tuk_verification; DROP TABLE assessor_scheme; DROP INDEX session_scheme;
      DROP INDEX assessor_name; DROP INDEX assessor_nik; DROP INDEX tuk_name;
      DROP INDEX candidate_nik; DROP INDEX candidate_name; DROP INDEX candidate_institution; DROP INDEX candidate_province;`);
    const added = {
      assessor: ['nik', 'birth_place', 'birth_date', 'sex', 'address', 'city', 'province', 'phone', 'email', 'tech_cert_number', 'home_lsp', 'loan_letter_no', 'loan_letter_date', 'active'],
      tuk: ['capacity', 'contact_name', 'contact_phone', 'active'],
      candidate: ['birth_place', 'birth_date', 'sex', 'address', 'regency_code', 'province_code', 'phone', 'email', 'education_code', 'occupation_code', 'photo_sha256', 'active'],
    };
    for (const [table, columns] of Object.entries(added)) for (const c of columns) old.exec(`ALTER TABLE ${table} DROP COLUMN ${c}`);
    // (009: pause history and the candidate's acknowledgement of FR.AK.02.)
    old.exec('DROP TABLE attempt_pause; DROP TABLE assessment_acknowledgement');
    old.close();

    const core = await tempCore({ dataDir });
    expect(core.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(core.db.prepare('SELECT sealer FROM installation_key').pluck().get()).toBe('data-key-aes-256-gcm');
    expect(privateKeys(core.db, core.context.vault).fingerprint).toBe(fingerprint);
    expect(fs.existsSync(path.join(dataDir, 'keys', 'sealing.key'))).toBe(true);
    expect(core.context.vault.protection).toBe('none');
  });

  it('leaves blobs of any other sealer alone', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 4));
    db.exec("INSERT INTO installation_key (id, installation_id, age_recipient, signing_public, fingerprint, sealer, sealed_private, created_at) VALUES (1, 'i', 'a', 's', 'f', 'other', 'x', 't')");
    migrate(db, migrations);
    expect(db.prepare('SELECT sealer FROM installation_key').pluck().get()).toBe('other');
    expect(db.prepare('SELECT count(*) FROM key_wrap').pluck().get()).toBe(0);
  });
});
