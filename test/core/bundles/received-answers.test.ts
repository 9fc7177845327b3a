import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../electron/core/db/open';
import { call, demo, tempCore } from '../../support/core';
import { answeredAtTuk, previewResults } from '../../support/bundles';

describe("a results bundle's answers against the saves the TUK's log recorded", () => {
  it('untouched: the preview warns of nothing', async () => {
    const { lsp, exportFile } = await answeredAtTuk();
    const { preview } = await previewResults(lsp, await exportFile());
    expect(preview.answersNotAsSaved).toEqual([]);
  });

  it('two answers changed in the TUK database while its app was stopped: the preview names the candidate, and the import keeps it in the log', async () => {
    const { lsp, tuk, exportFile } = await answeredAtTuk();
    tuk.close();
    const db = new Database(path.join(tuk.dataDir, DB_FILE_NAME));
    db.exec("UPDATE answer SET choice = (choice + 1) % 5 WHERE item_id = (SELECT min(item_id) FROM answer WHERE choice IS NOT NULL)");
    db.exec("UPDATE answer SET text = 'Jawaban yang diganti' WHERE text IS NOT NULL AND item_id = (SELECT min(item_id) FROM answer WHERE text IS NOT NULL)");
    db.close();
    const reopened = await tempCore({ dataDir: tuk.dataDir, demoIfEmpty: false });
    const { admin, preview } = await previewResults(lsp, await exportFile(reopened));
    const c = demo.people.candidates[0];
    expect(preview.answersNotAsSaved).toEqual([{ participantNo: c.participantNo, name: c.name, answers: 2 }]);
    await call(lsp, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin);
    const details = lsp.db.prepare("SELECT details FROM audit_log WHERE action = 'bundle.import' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(details)).toMatchObject({ kind: 'results', answersNotAsSaved: [{ participantNo: c.participantNo, answers: 2 }] });
    reopened.close();
  });
});
