// A second process issuing certificates on the same SQLite file (issue-processes.test.ts):
// `tsx issue-child.ts <db> <plenoId> <issuedOn> <batch>` issues the pleno and prints how many it issued.
import { issueCertificates } from '../../../electron/core/certificates/issue';
import { openDatabase } from '../../../electron/core/db/open';
import type { Principal } from '../../../electron/shared/roles';

const [file, plenoId, issuedOn, batch] = process.argv.slice(2);
const db = openDatabase(file);
const admin = db.prepare("SELECT id, username, display_name, lsp_id FROM account WHERE role = 'lsp_admin' ORDER BY username LIMIT 1").get() as {
  id: string;
  username: string;
  display_name: string;
  lsp_id: string;
};
const principal: Principal = {
  accountId: admin.id,
  role: 'lsp_admin',
  username: admin.username,
  displayName: admin.display_name,
  lspId: admin.lsp_id,
  assessorId: null,
  candidateId: null,
};
const result = issueCertificates(db, principal, plenoId, issuedOn, () => new Date('2026-11-20T02:00:00Z'), { batch: Number(batch) });
db.close();
process.stdout.write(JSON.stringify({ issued: result.issued.length, skipped: result.skipped.length }) + '\n');
