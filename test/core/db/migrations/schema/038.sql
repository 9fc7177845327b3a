CREATE INDEX apl_application_scheme ON apl_application(scheme_id, candidate_id);

CREATE INDEX apl_self_answer_element ON apl_self_answer(element_id);

CREATE INDEX appeal_case_candidate ON appeal_case(candidate_id, status);

CREATE INDEX appeal_case_session ON appeal_case(session_id);

CREATE UNIQUE INDEX assessment_signature_live
ON assessment_signature(form, session_id, assessor_id, coalesce(candidate_id, '')) WHERE revoked_at IS NULL;

CREATE INDEX assessor_name ON assessor(lsp_id, name COLLATE NOCASE, id);

CREATE INDEX assessor_nik ON assessor(lsp_id, nik);

CREATE INDEX attachment_owner ON attachment(owner_table, owner_id);

CREATE INDEX audit_log_account_disables ON audit_log (entity_id, seq) WHERE action = 'account.disable' AND entity = 'account';

CREATE INDEX audit_log_bundle_exports ON audit_log (at) WHERE action = 'bundle.export' AND entity = 'bundle';

CREATE INDEX audit_log_cards_issued ON audit_log (action) WHERE action = 'exam.passwordIssued';

CREATE INDEX audit_log_passwords_issued ON audit_log (entity_id, at) WHERE action = 'session.issuePasswords' AND entity = 'session';

CREATE INDEX audit_log_record_changes ON audit_log (entity, entity_id, seq) WHERE entity IN ('assessor', 'candidate', 'pleno', 'scheme', 'session');

CREATE INDEX audit_log_test_actions ON audit_log (action)
WHERE action IN ('exam.extended', 'exam.paused', 'exam.resumed', 'exam.extendedAll', 'exam.pausedAll', 'exam.resumedAll');

CREATE INDEX auth_session_account ON auth_session(account_id);

CREATE INDEX auth_session_expires ON auth_session(expires_at);

CREATE INDEX bundle_import_replay ON bundle_import(source_installation_id, kind, session_id, created_at);

CREATE INDEX candidate_inactive ON candidate(lsp_id, name COLLATE NOCASE, id) WHERE active = 0;

CREATE INDEX candidate_institution ON candidate(lsp_id, institution COLLATE NOCASE, name COLLATE NOCASE, id);

CREATE INDEX candidate_name ON candidate(lsp_id, name COLLATE NOCASE, id);

CREATE UNIQUE INDEX candidate_nik ON candidate(lsp_id, nik);

CREATE INDEX candidate_province ON candidate(lsp_id, province_code, name COLLATE NOCASE, id);

CREATE UNIQUE INDEX certificate_blanko ON certificate(lsp_id, blanko_number) WHERE blanko_number IS NOT NULL;

CREATE INDEX certificate_candidate ON certificate(candidate_id);

CREATE UNIQUE INDEX certificate_replaces ON certificate(replaces_id) WHERE replaces_id IS NOT NULL;

CREATE INDEX certificate_seat ON certificate(session_id, candidate_id);

CREATE UNIQUE INDEX certificate_seat_in_force ON certificate(session_id, candidate_id) WHERE revoked_at IS NULL;

CREATE INDEX certificate_surveillance_of ON certificate_surveillance(certificate_id, held_on, recorded_at);

CREATE INDEX certificate_valid_until ON certificate(lsp_id, valid_until, id);

CREATE INDEX item_first_kuk ON item(kuk_id);

CREATE INDEX item_image_sha256 ON item_image(sha256);

CREATE INDEX item_kuk_kuk ON item_kuk(kuk_id);

CREATE INDEX item_replaces ON item(replaces_id) WHERE replaces_id IS NOT NULL;

CREATE INDEX item_scheme ON item(scheme_id, kind, ordinal, id);

CREATE UNIQUE INDEX item_source ON item(scheme_id, source_sha256, source_position) WHERE source_sha256 IS NOT NULL;

CREATE UNIQUE INDEX key_correction_once_at ON key_correction (session_id, item_id, action, coalesce(accepted_option, -1), corrected_at);

CREATE UNIQUE INDEX key_correction_withdrawal_once
ON key_correction_withdrawal (session_id, item_id, action, coalesce(accepted_option, -1), corrected_at);

CREATE INDEX observation_item_kuk ON observation_item(kuk_id, status);

CREATE INDEX observation_item_scheme ON observation_item(scheme_id);

CREATE INDEX pleno_decision_candidate ON pleno_decision(session_id, candidate_id);

CREATE INDEX pleno_held_on ON pleno(lsp_id, held_on, id);

CREATE UNIQUE INDEX pleno_member_chair ON pleno_member(pleno_id) WHERE role = 'chair';

CREATE INDEX pleno_session_session ON pleno_session(session_id);

CREATE UNIQUE INDEX pleno_sk ON pleno(lsp_id, sk_number) WHERE sk_number IS NOT NULL;

CREATE INDEX remote_audit_log_accounts ON remote_audit_log (source_installation_id, entity_id, seq) WHERE entity = 'account';

CREATE INDEX remote_audit_log_cards_issued ON remote_audit_log (action) WHERE action = 'exam.passwordIssued';

CREATE INDEX remote_audit_log_held_refusals ON remote_audit_log (entity_id) WHERE action = 'cbt.heldAnswerRefused';

CREATE INDEX remote_audit_log_test_actions ON remote_audit_log (action)
WHERE action IN ('exam.extended', 'exam.paused', 'exam.resumed', 'exam.extendedAll', 'exam.pausedAll', 'exam.resumedAll');

CREATE INDEX scheme_title ON scheme(lsp_id, title_id COLLATE NOCASE, id);

CREATE INDEX session_assessor_assessor ON session_assessor(assessor_id, session_id);

CREATE INDEX session_candidate_application ON session_candidate(apl_application_id) WHERE apl_application_id IS NOT NULL;

CREATE INDEX session_candidate_assessor ON session_candidate(assessor_id);

CREATE INDEX session_candidate_candidate ON session_candidate(candidate_id);

CREATE INDEX session_date ON session(date);

CREATE INDEX session_lsp_start ON session(lsp_id, starts_min, id);

CREATE INDEX session_scheme ON session(scheme_id);

CREATE INDEX session_token_session ON session_token(session_id, id);

CREATE INDEX session_token_token ON session_token(token);

CREATE INDEX session_upcoming ON session(lsp_id, starts_min, id, date, tuk_id, scheme_id) WHERE cancelled_at IS NULL;

CREATE INDEX tuk_name ON tuk(lsp_id, name COLLATE NOCASE, id);

CREATE INDEX tuk_verification_session ON tuk_verification(session_id, tuk_id, verified_on, recorded_at) WHERE session_id IS NOT NULL;

CREATE INDEX tuk_verification_tuk ON tuk_verification(tuk_id, verified_on);

CREATE TABLE account (
id TEXT PRIMARY KEY,
role TEXT NOT NULL CHECK (role IN ('lsp_admin', 'proctor', 'assessor', 'candidate')),
username TEXT NOT NULL UNIQUE COLLATE NOCASE,
display_name TEXT NOT NULL,
password_hash TEXT NOT NULL,
lsp_id TEXT REFERENCES lsp(id),
assessor_id TEXT UNIQUE REFERENCES assessor(id),
candidate_id TEXT UNIQUE REFERENCES candidate(id),
failed_attempts INTEGER NOT NULL DEFAULT 0,
locked_at TEXT,
disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
created_at TEXT NOT NULL, must_change_password INTEGER NOT NULL DEFAULT 0, apl_application_id TEXT REFERENCES apl_application(id) ON DELETE SET NULL, apl_until TEXT, apl_submitted_at TEXT, here_failed_attempts INTEGER NOT NULL DEFAULT 0, here_locked_at TEXT,
CHECK ((role = 'assessor') = (assessor_id IS NOT NULL)),
CHECK ((role = 'candidate') = (candidate_id IS NOT NULL))
) STRICT;

CREATE TABLE answer (
attempt_id TEXT NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
item_id TEXT NOT NULL REFERENCES item(id),
choice INTEGER CHECK (choice BETWEEN 0 AND 4),
text TEXT,
doubtful INTEGER NOT NULL DEFAULT 0 CHECK (doubtful IN (0, 1)),
seq INTEGER NOT NULL CHECK (seq > 0),
saved_at TEXT NOT NULL,
PRIMARY KEY (attempt_id, item_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE "apl_application" (
id TEXT PRIMARY KEY,
lsp_id TEXT NOT NULL REFERENCES lsp(id),
candidate_id TEXT NOT NULL REFERENCES candidate(id),
scheme_id TEXT NOT NULL REFERENCES scheme(id),
purpose TEXT NOT NULL CHECK (purpose IN ('sertifikasi', 'sertifikasi_ulang', 'pkt', 'rpl', 'lainnya')),
purpose_note TEXT,
saved_at TEXT NOT NULL,
saved_by TEXT NOT NULL REFERENCES account(id),
verified_result TEXT CHECK (verified_result IN ('accepted', 'rejected')),
verified_note TEXT,
verified_at TEXT,
verified_by TEXT REFERENCES account(id),
round_no INTEGER NOT NULL DEFAULT 1 CHECK (round_no >= 1),
CHECK ((verified_result IS NULL) = (verified_at IS NULL) AND (verified_at IS NULL) = (verified_by IS NULL)),
UNIQUE (candidate_id, scheme_id, round_no)
) STRICT;

CREATE TABLE apl_evidence (
id TEXT PRIMARY KEY,
application_id TEXT NOT NULL REFERENCES apl_application(id) ON DELETE CASCADE,
ordinal INTEGER NOT NULL,
kind TEXT NOT NULL CHECK (kind IN ('basic', 'administrative')),
description TEXT NOT NULL,
status TEXT NOT NULL CHECK (status IN ('memenuhi', 'tidak_memenuhi', 'tidak_ada')),
attachment_sha256 TEXT CHECK (length(attachment_sha256) = 64),
UNIQUE (application_id, ordinal)
) STRICT;

CREATE TABLE apl_self_answer (
application_id TEXT NOT NULL REFERENCES apl_self_assessment(application_id) ON DELETE CASCADE,
element_id TEXT NOT NULL REFERENCES element(id) ON DELETE CASCADE,
answer TEXT CHECK (answer IN ('K', 'BK')),
evidence TEXT,
PRIMARY KEY (application_id, element_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE apl_self_assessment (
application_id TEXT PRIMARY KEY REFERENCES apl_application(id) ON DELETE CASCADE,
entered_by TEXT NOT NULL CHECK (entered_by IN ('candidate', 'staff')),
saved_at TEXT NOT NULL,
saved_by TEXT NOT NULL REFERENCES account(id),
recommendation TEXT CHECK (recommendation IN ('proceed', 'not_proceed')),
review_note TEXT,
reviewed_at TEXT,
reviewed_by TEXT REFERENCES account(id),
reviewer_assessor_id TEXT REFERENCES assessor(id),
CHECK ((recommendation IS NULL) = (reviewed_at IS NULL) AND (reviewed_at IS NULL) = (reviewer_assessor_id IS NULL))
) STRICT;

CREATE TABLE appeal_case (
id TEXT PRIMARY KEY,
session_id TEXT NOT NULL REFERENCES session(id),
candidate_id TEXT NOT NULL REFERENCES candidate(id),
lodged_at TEXT NOT NULL CHECK (lodged_at IN ('tuk', 'lsp')),
lodged_on TEXT NOT NULL,
reasons TEXT NOT NULL,
unit_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(unit_ids)),
status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
outcome_reason TEXT,
reassessment_session_id TEXT REFERENCES session(id),
created_at TEXT NOT NULL,
created_by TEXT NOT NULL REFERENCES account(id),
closed_at TEXT,
closed_by TEXT REFERENCES account(id),
CHECK ((status = 'open') = (closed_at IS NULL))
) STRICT;

CREATE TABLE assessment_acknowledgement (
session_id TEXT NOT NULL,
candidate_id TEXT NOT NULL,
assessor_id TEXT NOT NULL REFERENCES assessor(id),
signed_at TEXT NOT NULL,
acknowledged_at TEXT NOT NULL,
PRIMARY KEY (session_id, candidate_id, assessor_id, signed_at),
FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id),
CHECK (acknowledged_at >= signed_at)
) STRICT;

CREATE TABLE assessment_appeal (
session_id TEXT NOT NULL,
candidate_id TEXT NOT NULL,
process_explained INTEGER NOT NULL CHECK (process_explained IN (0, 1)),
discussed_with_assessor INTEGER NOT NULL CHECK (discussed_with_assessor IN (0, 1)),
involve_other INTEGER NOT NULL CHECK (involve_other IN (0, 1)),
reasons TEXT NOT NULL,
seq INTEGER NOT NULL CHECK (seq > 0),
saved_at TEXT NOT NULL,
saved_by TEXT NOT NULL REFERENCES account(id),
PRIMARY KEY (session_id, candidate_id),
FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE assessment_feedback (
session_id TEXT NOT NULL,
candidate_id TEXT NOT NULL,
answers TEXT NOT NULL CHECK (json_valid(answers)),
comment TEXT,
entered_by_role TEXT NOT NULL CHECK (entered_by_role IN ('candidate', 'assessor')),
seq INTEGER NOT NULL CHECK (seq > 0),
saved_at TEXT NOT NULL,
saved_by TEXT NOT NULL REFERENCES account(id),
PRIMARY KEY (session_id, candidate_id),
FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE assessment_record (
session_id TEXT NOT NULL,
candidate_id TEXT NOT NULL,
knowledge_conclusion TEXT CHECK (knowledge_conclusion IN ('achieved', 'not_yet')),
knowledge_note TEXT,
recommendation TEXT CHECK (recommendation IN ('K', 'BK')),
follow_up TEXT,
comment TEXT,
seq INTEGER NOT NULL CHECK (seq > 0),
saved_at TEXT NOT NULL,
saved_by TEXT NOT NULL REFERENCES account(id),
PRIMARY KEY (session_id, candidate_id),
FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE assessment_report (
session_id TEXT NOT NULL REFERENCES session(id),
assessor_id TEXT NOT NULL REFERENCES assessor(id),
positives TEXT,
negatives TEXT,
rejections TEXT,
suggestions TEXT,
seq INTEGER NOT NULL CHECK (seq > 0),
saved_at TEXT NOT NULL,
saved_by TEXT NOT NULL REFERENCES account(id),
PRIMARY KEY (session_id, assessor_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE assessment_score (
session_id TEXT NOT NULL,
candidate_id TEXT NOT NULL,
instrument TEXT NOT NULL CHECK (instrument IN ('essay', 'oral', 'observation', 'supporting')),
target_id TEXT NOT NULL,
verdict TEXT CHECK (verdict IN ('yes', 'no', 'k', 'bk', 'further')),
score INTEGER CHECK (score BETWEEN 0 AND 3),
response TEXT,
note TEXT,
seq INTEGER NOT NULL CHECK (seq > 0),
saved_at TEXT NOT NULL,
saved_by TEXT NOT NULL REFERENCES account(id),
CHECK (instrument = 'observation' OR verdict IS NULL OR verdict IN ('yes', 'no')),
CHECK (instrument <> 'observation' OR verdict IS NULL OR verdict IN ('k', 'bk', 'further')),
CHECK (score IS NULL OR (instrument = 'essay' AND verdict IS NULL)),
PRIMARY KEY (session_id, candidate_id, instrument, target_id),
FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE assessment_signature (
id INTEGER PRIMARY KEY,
form TEXT NOT NULL CHECK (form IN ('AK.02', 'AK.05')),
session_id TEXT NOT NULL REFERENCES session(id),
assessor_id TEXT NOT NULL REFERENCES assessor(id),
candidate_id TEXT REFERENCES candidate(id),
signed_at TEXT NOT NULL,
signed_by TEXT NOT NULL REFERENCES account(id),
revoked_at TEXT,
revoked_by TEXT REFERENCES account(id),
revoke_reason TEXT,
CHECK ((form = 'AK.02') = (candidate_id IS NOT NULL)),
CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
) STRICT;

CREATE TABLE assessor (
id TEXT PRIMARY KEY,
lsp_id TEXT NOT NULL REFERENCES lsp(id),
name TEXT NOT NULL,
met_number TEXT NOT NULL UNIQUE,
met_expires_on TEXT NOT NULL,
tech_cert_expires_on TEXT
, nik TEXT, birth_place TEXT, birth_date TEXT, sex TEXT CHECK (sex IN ('L', 'P')), address TEXT, city TEXT, province TEXT, phone TEXT, email TEXT, tech_cert_number TEXT, home_lsp TEXT, loan_letter_no TEXT, loan_letter_date TEXT, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))) STRICT;

CREATE TABLE assessor_scheme (
assessor_id TEXT NOT NULL REFERENCES assessor(id) ON DELETE CASCADE,
scheme_code TEXT NOT NULL,
PRIMARY KEY (assessor_id, scheme_code)
) STRICT;

CREATE TABLE attachment (
id TEXT PRIMARY KEY,
owner_table TEXT NOT NULL,
owner_id TEXT NOT NULL,
name TEXT NOT NULL,
media_type TEXT NOT NULL,
sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
size INTEGER NOT NULL CHECK (size >= 0)
) STRICT;

CREATE TABLE attempt (
id TEXT PRIMARY KEY,
session_id TEXT NOT NULL,
candidate_id TEXT NOT NULL,
seed TEXT NOT NULL CHECK (length(seed) = 64),
item_order TEXT NOT NULL CHECK (json_valid(item_order)),
agreed_at TEXT NOT NULL,
started_at TEXT NOT NULL,
duration_seconds INTEGER NOT NULL CHECK (duration_seconds > 0),
extension_seconds INTEGER NOT NULL DEFAULT 0 CHECK (extension_seconds >= 0),
paused_at TEXT,
paused_seconds INTEGER NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0),
position INTEGER NOT NULL DEFAULT 0,
last_activity_at TEXT,
focus_lost INTEGER NOT NULL DEFAULT 0,
submitted_at TEXT,
submit_reason TEXT CHECK (submit_reason IN ('candidate', 'timeout', 'proctor', 'session_ended')),
receipt TEXT, options_in_order TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(options_in_order)),
CHECK ((submitted_at IS NULL) = (submit_reason IS NULL)),
UNIQUE (session_id, candidate_id),
FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
) STRICT;

CREATE TABLE attempt_pause (
attempt_id TEXT NOT NULL REFERENCES attempt(id),
paused_at TEXT NOT NULL,
resumed_at TEXT,
PRIMARY KEY (attempt_id, paused_at),
CHECK (resumed_at IS NULL OR resumed_at >= paused_at)
) STRICT, WITHOUT ROWID;

CREATE TABLE attendance (
session_id TEXT NOT NULL,
candidate_id TEXT NOT NULL,
status TEXT NOT NULL CHECK (status IN ('present', 'absent')),
at TEXT NOT NULL,
by_account_id TEXT REFERENCES account(id),
PRIMARY KEY (session_id, candidate_id),
FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
) STRICT;

CREATE TABLE audit_head (
installation_id TEXT PRIMARY KEY,
n INTEGER NOT NULL,
seq INTEGER NOT NULL,
hash TEXT NOT NULL,
signed_at TEXT NOT NULL,
reason TEXT NOT NULL,
signing_public TEXT NOT NULL,
payload TEXT NOT NULL CHECK (json_valid(payload)),
signature TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
seq INTEGER PRIMARY KEY,
at TEXT NOT NULL,
actor_account_id TEXT,
actor_role TEXT,
action TEXT NOT NULL,
entity TEXT,
entity_id TEXT,
details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
prev_hash TEXT NOT NULL,
hash TEXT NOT NULL
) STRICT;

CREATE TABLE auth_session (
token_hash TEXT PRIMARY KEY,
account_id TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
created_at TEXT NOT NULL,
expires_at TEXT NOT NULL,
revoked_at TEXT
, exam_session_id TEXT REFERENCES session(id), device_id TEXT, revoke_reason TEXT CHECK (revoke_reason IN ('login_reset'))) STRICT;

CREATE TABLE bundle_conflict (
id INTEGER PRIMARY KEY,
bundle_id TEXT NOT NULL,
table_name TEXT NOT NULL,
row_key TEXT NOT NULL,
reason TEXT NOT NULL,
incoming TEXT NOT NULL CHECK (json_valid(incoming)),
recorded_at TEXT NOT NULL
) STRICT;

CREATE TABLE bundle_import (
bundle_id TEXT PRIMARY KEY,
kind TEXT NOT NULL CHECK (kind IN ('session', 'results', 'backup')),
source_installation_id TEXT NOT NULL,
session_id TEXT,
created_at TEXT NOT NULL,
imported_at TEXT NOT NULL,
manifest_sha256 TEXT NOT NULL,
summary TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary))
) STRICT;

CREATE TABLE candidate (
id TEXT PRIMARY KEY,
lsp_id TEXT NOT NULL REFERENCES lsp(id),
participant_no TEXT NOT NULL UNIQUE,
name TEXT NOT NULL,
nik TEXT NOT NULL,
institution TEXT
, birth_place TEXT, birth_date TEXT, sex TEXT CHECK (sex IN ('L', 'P')), address TEXT, regency_code TEXT, province_code TEXT, phone TEXT, email TEXT, education_code TEXT, occupation_code TEXT, photo_sha256 TEXT CHECK (length(photo_sha256) = 64), active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))) STRICT;

CREATE TABLE "certificate" (
id TEXT PRIMARY KEY,
lsp_id TEXT NOT NULL REFERENCES lsp(id),
pleno_id TEXT NOT NULL REFERENCES pleno(id),
session_id TEXT NOT NULL REFERENCES session(id),
candidate_id TEXT NOT NULL REFERENCES candidate(id),
scheme_id TEXT NOT NULL REFERENCES scheme(id),
number TEXT NOT NULL,
registration_number TEXT NOT NULL,
counter_scope TEXT NOT NULL,
counter_value INTEGER NOT NULL CHECK (counter_value >= 1),
issued_on TEXT NOT NULL,
valid_until TEXT NOT NULL,
blanko_number TEXT,
issued_at TEXT NOT NULL,
issued_by TEXT NOT NULL REFERENCES account(id),
revoked_at TEXT,
revoke_reason TEXT,
replaces_id TEXT REFERENCES certificate(id),
UNIQUE (lsp_id, number),
UNIQUE (lsp_id, registration_number),
UNIQUE (counter_scope, counter_value),
CHECK (replaces_id IS NULL OR replaces_id <> id)
) STRICT;

CREATE TABLE certificate_counter (
scope TEXT PRIMARY KEY,
value INTEGER NOT NULL CHECK (value >= 0)
) STRICT;

CREATE TABLE certificate_holder_print (
certificate_id TEXT PRIMARY KEY REFERENCES certificate(id),
name TEXT NOT NULL,
nik TEXT NOT NULL,
birth_place TEXT,
birth_date TEXT,
taken_at TEXT NOT NULL,
taken_on TEXT NOT NULL CHECK (taken_on IN ('issue', 'print'))
) STRICT;

CREATE TABLE certificate_surveillance (
id TEXT PRIMARY KEY,
lsp_id TEXT NOT NULL REFERENCES lsp(id),
certificate_id TEXT NOT NULL REFERENCES certificate(id),
held_on TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
method TEXT NOT NULL CHECK (method IN ('interview', 'portfolio', 'workplace_visit', 'questionnaire')),
result TEXT NOT NULL CHECK (result IN ('competent', 'not_competent', 'unreachable')),
note TEXT NOT NULL DEFAULT '',
recorded_at TEXT NOT NULL,
recorded_by TEXT NOT NULL REFERENCES account(id)
) STRICT;

CREATE TABLE element (
id TEXT PRIMARY KEY,
unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
ordinal INTEGER NOT NULL,
title_id TEXT NOT NULL,
title_en TEXT,
UNIQUE (unit_id, ordinal)
) STRICT;

CREATE TABLE held_refusal_pending (
attempt_id TEXT PRIMARY KEY,
session_id TEXT NOT NULL,
candidate_id TEXT NOT NULL,
actor_account_id TEXT NOT NULL,
actor_role TEXT NOT NULL,
refused INTEGER NOT NULL CHECK (refused > 0),
first_item_id TEXT NOT NULL,
first_answered_at TEXT NOT NULL,
first_refused_at TEXT NOT NULL,
last_item_id TEXT NOT NULL,
last_answered_at TEXT NOT NULL,
last_refused_at TEXT NOT NULL,
heard_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE incident (
id INTEGER PRIMARY KEY,
session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
at TEXT NOT NULL,
text TEXT NOT NULL,
by_account_id TEXT REFERENCES account(id)
) STRICT;

CREATE TABLE installation_key (
id INTEGER PRIMARY KEY CHECK (id = 1),
installation_id TEXT NOT NULL,
age_recipient TEXT NOT NULL,
signing_public TEXT NOT NULL,
fingerprint TEXT NOT NULL,
sealer TEXT NOT NULL,
sealed_private TEXT NOT NULL,
created_at TEXT NOT NULL,
backup_made_at TEXT,
backup_sha256 TEXT,
backup_tested_at TEXT
) STRICT;

CREATE TABLE "item" (
id TEXT PRIMARY KEY,
scheme_id TEXT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
kind TEXT NOT NULL CHECK (kind IN ('multiple_choice', 'essay', 'oral', 'supporting')),
ref TEXT NOT NULL,
ordinal INTEGER NOT NULL,
kuk_id TEXT REFERENCES kuk(id),
dimensions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dimensions)),
prompt_id TEXT NOT NULL,
prompt_en TEXT,
expected_id TEXT,
expected_en TEXT,
guide_id TEXT,
guide_en TEXT,
scoring TEXT NOT NULL DEFAULT 'yes_no' CHECK (scoring IN ('yes_no', 'score_0_3')),
status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'retired')),
tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
created_by TEXT REFERENCES account(id),
created_at TEXT,
updated_by TEXT REFERENCES account(id),
updated_at TEXT,
approved_by TEXT REFERENCES account(id),
approved_at TEXT,
retired_by TEXT REFERENCES account(id),
retired_at TEXT,
replaces_id TEXT REFERENCES "item"(id),
source_sha256 TEXT CHECK (source_sha256 IS NULL OR length(source_sha256) = 64),
source_position TEXT, options_in_order INTEGER NOT NULL DEFAULT 0 CHECK (options_in_order IN (0, 1)),
CHECK ((source_sha256 IS NULL) = (source_position IS NULL)),
CHECK (status <> 'approved' OR kuk_id IS NOT NULL)
) STRICT;

CREATE TABLE item_image (
item_id TEXT NOT NULL REFERENCES item(id) ON DELETE CASCADE,
place TEXT NOT NULL CHECK (place IN ('stem', 'option:0', 'option:1', 'option:2', 'option:3', 'option:4')),
ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
PRIMARY KEY (item_id, place, ordinal)
) STRICT, WITHOUT ROWID;

CREATE TABLE item_kuk (
item_id TEXT NOT NULL REFERENCES item(id) ON DELETE CASCADE,
kuk_id TEXT NOT NULL REFERENCES kuk(id),
ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
PRIMARY KEY (item_id, kuk_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE item_option (
item_id TEXT NOT NULL REFERENCES item(id) ON DELETE CASCADE,
ordinal INTEGER NOT NULL CHECK (ordinal BETWEEN 0 AND 4),
text_id TEXT NOT NULL,
text_en TEXT,
is_correct INTEGER NOT NULL CHECK (is_correct IN (0, 1)),
PRIMARY KEY (item_id, ordinal)
) STRICT;

CREATE TABLE key_correction (
session_id TEXT NOT NULL REFERENCES session(id),
item_id TEXT NOT NULL REFERENCES item(id),
action TEXT NOT NULL CHECK (action IN ('accept', 'annul')),
accepted_option INTEGER CHECK (accepted_option IS NULL OR accepted_option >= 0),
reason TEXT NOT NULL,
assessor_id TEXT NOT NULL REFERENCES assessor(id),
corrected_at TEXT NOT NULL,
CHECK ((action = 'accept') = (accepted_option IS NOT NULL))
) STRICT;

CREATE TABLE key_correction_withdrawal (
session_id TEXT NOT NULL REFERENCES session(id),
item_id TEXT NOT NULL REFERENCES item(id),
action TEXT NOT NULL CHECK (action IN ('accept', 'annul')),
accepted_option INTEGER CHECK (accepted_option IS NULL OR accepted_option >= 0),
corrected_at TEXT NOT NULL,
reason TEXT NOT NULL,
assessor_id TEXT NOT NULL REFERENCES assessor(id),
withdrawn_at TEXT NOT NULL,
CHECK ((action = 'accept') = (accepted_option IS NOT NULL))
) STRICT;

CREATE TABLE key_wrap (
account_id TEXT PRIMARY KEY,
kdf_cost INTEGER NOT NULL,
salt TEXT NOT NULL,
sealed_key TEXT NOT NULL,
created_at TEXT NOT NULL
) STRICT;

CREATE TABLE kuk (
id TEXT PRIMARY KEY,
element_id TEXT NOT NULL REFERENCES element(id) ON DELETE CASCADE,
ordinal INTEGER NOT NULL,
number TEXT NOT NULL,
text_id TEXT NOT NULL,
text_en TEXT,
dimensions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dimensions)),
UNIQUE (element_id, ordinal)
) STRICT;

CREATE TABLE local_password (
account_id TEXT PRIMARY KEY REFERENCES account(id),
password_hash TEXT NOT NULL,
issued_at TEXT NOT NULL,
issued_by TEXT NOT NULL REFERENCES account(id),
session_id TEXT REFERENCES session(id)
) STRICT;

CREATE TABLE lsp (
id TEXT PRIMARY KEY,
code TEXT NOT NULL UNIQUE,
name TEXT NOT NULL,
license_no TEXT,
address TEXT
) STRICT;

CREATE TABLE "observation_item" (
id TEXT PRIMARY KEY,
scheme_id TEXT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
kuk_id TEXT NOT NULL REFERENCES kuk(id),
benchmark_id TEXT NOT NULL,
benchmark_en TEXT,
status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'retired')),
created_by TEXT REFERENCES account(id),
created_at TEXT,
updated_by TEXT REFERENCES account(id),
updated_at TEXT,
approved_by TEXT REFERENCES account(id),
approved_at TEXT,
retired_by TEXT REFERENCES account(id),
retired_at TEXT,
replaces_id TEXT REFERENCES "observation_item"(id)
) STRICT;

CREATE TABLE pleno (
id TEXT PRIMARY KEY,
lsp_id TEXT NOT NULL REFERENCES lsp(id),
held_on TEXT NOT NULL,
place TEXT,
status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'decided', 'signed')),
sk_number TEXT,
sk_date TEXT,
corrects_id TEXT REFERENCES pleno(id),
correction_reason TEXT,
created_at TEXT NOT NULL,
created_by TEXT NOT NULL REFERENCES account(id),
decided_at TEXT,
decided_by TEXT REFERENCES account(id),
signed_at TEXT,
signed_by TEXT REFERENCES account(id),
CHECK ((corrects_id IS NULL) = (correction_reason IS NULL)),
CHECK (status = 'draft' OR decided_at IS NOT NULL),
CHECK (status <> 'signed' OR (signed_at IS NOT NULL AND sk_number IS NOT NULL AND sk_date IS NOT NULL))
) STRICT;

CREATE TABLE pleno_decision (
pleno_id TEXT NOT NULL,
session_id TEXT NOT NULL,
candidate_id TEXT NOT NULL REFERENCES candidate(id),
recommendation TEXT CHECK (recommendation IN ('K', 'BK')),
decision TEXT NOT NULL CHECK (decision IN ('K', 'BK')),
reason TEXT,
PRIMARY KEY (pleno_id, session_id, candidate_id),
FOREIGN KEY (pleno_id, session_id) REFERENCES pleno_session(pleno_id, session_id) ON DELETE CASCADE
) STRICT;

CREATE TABLE pleno_member (
pleno_id TEXT NOT NULL REFERENCES pleno(id) ON DELETE CASCADE,
position INTEGER NOT NULL CHECK (position >= 1),
role TEXT NOT NULL CHECK (role IN ('chair', 'member', 'secretary')),
name TEXT NOT NULL,
account_id TEXT REFERENCES account(id),
assessor_id TEXT REFERENCES assessor(id),
PRIMARY KEY (pleno_id, position)
) STRICT;

CREATE TABLE pleno_session (
pleno_id TEXT NOT NULL REFERENCES pleno(id) ON DELETE CASCADE,
session_id TEXT NOT NULL REFERENCES session(id),
PRIMARY KEY (pleno_id, session_id)
) STRICT;

CREATE TABLE remote_audit_head (
source_installation_id TEXT NOT NULL,
n INTEGER NOT NULL,
seq INTEGER NOT NULL,
hash TEXT NOT NULL,
signed_at TEXT NOT NULL,
reason TEXT NOT NULL,
signing_public TEXT NOT NULL,
payload TEXT NOT NULL CHECK (json_valid(payload)),
signature TEXT NOT NULL,
PRIMARY KEY (source_installation_id, n)
) STRICT;

CREATE TABLE remote_audit_log (
source_installation_id TEXT NOT NULL,
seq INTEGER NOT NULL,
at TEXT NOT NULL,
actor_account_id TEXT,
actor_role TEXT,
action TEXT NOT NULL,
entity TEXT,
entity_id TEXT,
details TEXT NOT NULL,
prev_hash TEXT NOT NULL,
hash TEXT NOT NULL,
PRIMARY KEY (source_installation_id, seq)
) STRICT;

CREATE TABLE "scheme" (
id TEXT PRIMARY KEY,
lsp_id TEXT NOT NULL REFERENCES lsp(id),
code TEXT NOT NULL,
kind TEXT NOT NULL CHECK (kind IN ('kkni', 'okupasi', 'klaster')),
skkni TEXT NOT NULL,
title_id TEXT NOT NULL,
title_en TEXT,
settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
level INTEGER CHECK (level BETWEEN 1 AND 9),
approved_on TEXT,
active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
UNIQUE (lsp_id, code, version)
) STRICT;

CREATE TABLE scheme_policy (
lsp_id TEXT NOT NULL REFERENCES lsp(id),
scheme_code TEXT NOT NULL,
test_duration_minutes INTEGER CHECK (test_duration_minutes BETWEEN 1 AND 1440),
pass_hint_percent INTEGER CHECK (pass_hint_percent BETWEEN 0 AND 100),
certificate_validity_years INTEGER CHECK (certificate_validity_years BETWEEN 1 AND 10),
kbli_code TEXT,
PRIMARY KEY (lsp_id, scheme_code)
) STRICT;

CREATE TABLE session (
id TEXT PRIMARY KEY,
lsp_id TEXT NOT NULL REFERENCES lsp(id),
scheme_id TEXT NOT NULL REFERENCES scheme(id),
tuk_id TEXT NOT NULL REFERENCES tuk(id),
code TEXT NOT NULL UNIQUE,
title_id TEXT NOT NULL,
title_en TEXT,
date TEXT NOT NULL,
start_time TEXT NOT NULL,
duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings))
, mode TEXT NOT NULL DEFAULT 'room_server' CHECK (mode IN ('room_server', 'single_station', 'standalone')), changed_at TEXT, starts_min INTEGER GENERATED ALWAYS AS (
CAST(round((julianday(date) - 2440587.5) * 1440) AS INTEGER)
+ CAST(substr(start_time, 1, 2) AS INTEGER) * 60 + CAST(substr(start_time, 4, 2) AS INTEGER)) VIRTUAL, ends_min INTEGER GENERATED ALWAYS AS (starts_min + duration_minutes) VIRTUAL, cancelled_at TEXT, cancelled_by TEXT, cancel_reason TEXT CHECK (
(cancel_reason IS NULL AND cancelled_at IS NULL AND cancelled_by IS NULL)
OR (length(trim(cancel_reason)) >= 3 AND cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL))) STRICT;

CREATE TABLE session_assessor (
session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
assessor_id TEXT NOT NULL REFERENCES assessor(id),
PRIMARY KEY (session_id, assessor_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE session_bnsp (
session_id TEXT PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
schedule_code TEXT,
funding_code TEXT,
ministry_code TEXT
) STRICT;

CREATE TABLE session_candidate (
session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
candidate_id TEXT NOT NULL REFERENCES candidate(id),
assessor_id TEXT NOT NULL REFERENCES assessor(id),
seat TEXT, apl_application_id TEXT REFERENCES apl_application(id),
PRIMARY KEY (session_id, candidate_id)
) STRICT;

CREATE TABLE session_export (
session_id TEXT PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
bundle_id TEXT NOT NULL,
exported_at TEXT NOT NULL,
exported_by TEXT
) STRICT;

CREATE TABLE session_run (
session_id TEXT PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
started_at TEXT NOT NULL,
started_by TEXT REFERENCES account(id),
ended_at TEXT,
ended_by TEXT REFERENCES account(id),
notes TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE session_seats (
session_id TEXT PRIMARY KEY,
seats INTEGER NOT NULL CHECK (seats >= 0)
) STRICT, WITHOUT ROWID;

CREATE TABLE session_token (
id INTEGER PRIMARY KEY,
session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
token TEXT NOT NULL CHECK (length(token) = 6),
issued_at TEXT NOT NULL,
rotates_at TEXT NOT NULL
) STRICT;

CREATE TABLE setting (
key TEXT PRIMARY KEY,
value TEXT NOT NULL
) STRICT;

CREATE TABLE signer_pin (
subject TEXT PRIMARY KEY,
installation_id TEXT NOT NULL,
signing_public TEXT NOT NULL,
age_recipient TEXT NOT NULL,
fingerprint TEXT NOT NULL,
label TEXT NOT NULL,
pinned_at TEXT NOT NULL,
pinned_by TEXT
) STRICT;

CREATE TABLE tuk (
id TEXT PRIMARY KEY,
lsp_id TEXT NOT NULL REFERENCES lsp(id),
code TEXT NOT NULL UNIQUE,
name TEXT NOT NULL,
type TEXT NOT NULL CHECK (type IN ('sewaktu', 'tempat_kerja', 'mandiri')),
address TEXT,
verified_on TEXT
, capacity INTEGER CHECK (capacity >= 0), contact_name TEXT, contact_phone TEXT, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), time_zone TEXT CHECK (time_zone IN ('WIB', 'WITA', 'WIT'))) STRICT;

CREATE TABLE tuk_verification (
id TEXT PRIMARY KEY,
tuk_id TEXT NOT NULL REFERENCES tuk(id),
session_id TEXT REFERENCES session(id),
verified_on TEXT NOT NULL,
verifier TEXT NOT NULL,
result TEXT NOT NULL CHECK (result IN ('fit', 'unfit')),
note TEXT,
recorded_at TEXT NOT NULL
) STRICT;

CREATE TABLE unit (
id TEXT PRIMARY KEY,
scheme_id TEXT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
ordinal INTEGER NOT NULL,
code TEXT NOT NULL,
title_id TEXT NOT NULL,
title_en TEXT,
UNIQUE (scheme_id, code),
UNIQUE (scheme_id, ordinal)
) STRICT;

CREATE TABLE unit_decision (
session_id TEXT NOT NULL,
candidate_id TEXT NOT NULL,
unit_id TEXT NOT NULL REFERENCES unit(id),
decision TEXT CHECK (decision IN ('K', 'BK')),
suggestion TEXT NOT NULL CHECK (suggestion IN ('K', 'BK')),
comment TEXT,
extra_evidence TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(extra_evidence)),
seq INTEGER NOT NULL CHECK (seq > 0),
saved_at TEXT NOT NULL,
saved_by TEXT NOT NULL REFERENCES account(id),
PRIMARY KEY (session_id, candidate_id, unit_id),
FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER local_password_superseded AFTER UPDATE OF password_hash ON account
WHEN OLD.password_hash IS NOT NEW.password_hash
BEGIN
DELETE FROM local_password WHERE account_id = NEW.id;
END;

CREATE TRIGGER remote_audit_head_no_delete BEFORE DELETE ON remote_audit_head
BEGIN SELECT RAISE(ABORT, 'remote_audit_head is append-only'); END;

CREATE TRIGGER remote_audit_head_no_update BEFORE UPDATE ON remote_audit_head
BEGIN SELECT RAISE(ABORT, 'remote_audit_head is append-only'); END;

CREATE TRIGGER remote_audit_log_no_delete BEFORE DELETE ON remote_audit_log
BEGIN SELECT RAISE(ABORT, 'remote_audit_log is append-only'); END;

CREATE TRIGGER remote_audit_log_no_update BEFORE UPDATE ON remote_audit_log
BEGIN SELECT RAISE(ABORT, 'remote_audit_log is append-only'); END;

CREATE TRIGGER session_seats_delete AFTER DELETE ON session_candidate BEGIN
UPDATE session_seats SET seats = (SELECT count(*) FROM session_candidate WHERE session_id = OLD.session_id) WHERE session_id = OLD.session_id;
END;

CREATE TRIGGER session_seats_gone AFTER DELETE ON session BEGIN
DELETE FROM session_seats WHERE session_id = OLD.id;
END;

CREATE TRIGGER session_seats_insert AFTER INSERT ON session_candidate BEGIN
INSERT INTO session_seats (session_id, seats) VALUES (NEW.session_id, (SELECT count(*) FROM session_candidate WHERE session_id = NEW.session_id))
ON CONFLICT (session_id) DO UPDATE SET seats = excluded.seats;
END;

CREATE TRIGGER session_seats_move AFTER UPDATE OF session_id ON session_candidate WHEN NEW.session_id IS NOT OLD.session_id BEGIN
UPDATE session_seats SET seats = (SELECT count(*) FROM session_candidate WHERE session_id = OLD.session_id) WHERE session_id = OLD.session_id;
INSERT INTO session_seats (session_id, seats) VALUES (NEW.session_id, (SELECT count(*) FROM session_candidate WHERE session_id = NEW.session_id))
ON CONFLICT (session_id) DO UPDATE SET seats = excluded.seats;
END;
