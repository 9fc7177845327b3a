import fs from 'node:fs';
import { saveBenchmark } from '../../bank/benchmarks';
import { approveEntry, getEntry, retireEntry } from '../../bank/entries';
import { setItemImages, type ImageChoice } from '../../bank/images';
import { saveItem } from '../../bank/items';
import { bankCoverage, listBank } from '../../bank/list';
import { sessionsLosing } from '../../bank/sessions-losing';
import { me, write, type Handlers } from '../context';
import { uploadedFile } from './bundles';

/** The question bank (issue 15): the LSP admin's, every change audited; the core checks the role again. */
export const bankHandlers = {
  'bank/list': (args, call) => listBank(call.core.db, me(call), args),
  'bank/get': ({ itemId }, call) => getEntry(call.core.db, me(call), itemId),
  'bank/save': ({ schemeId, itemId, item }, call) => write(call, (now) => saveItem(call.core.db, me(call), schemeId, itemId, item, now)),
  'bank/saveBenchmark': ({ schemeId, benchmarkId, benchmark }, call) =>
    write(call, (now) => saveBenchmark(call.core.db, me(call), schemeId, benchmarkId, benchmark, now)),
  'bank/approve': ({ itemId }, call) => write(call, (now) => approveEntry(call.core.db, me(call), itemId, now)),
  'bank/retire': ({ itemId }, call) => write(call, (now) => retireEntry(call.core.db, me(call), itemId, now)),
  'bank/setImages': ({ itemId, images }, call) => {
    const principal = me(call);
    const uploads: string[] = [];
    const choices: ImageChoice[] = images.map((c) => ({
      place: c.place,
      files: c.files.map((f) => {
        if ('sha256' in f) return { sha256: f.sha256 };
        const file = uploadedFile(call.core, f.uploadId);
        uploads.push(file);
        return { file };
      }),
    }));
    try {
      return setItemImages({ db: call.core.db, dataDir: call.core.dataDir }, principal, itemId, choices, call.core.clock.now());
    } finally {
      // Stored by hash or refused: an upload is not needed again either way.
      for (const file of uploads) fs.rmSync(file, { force: true });
    }
  },
  'bank/coverage': ({ schemeId }, call) => bankCoverage(call.core.db, me(call), schemeId),
  'bank/sessionsLosing': ({ itemId }, call) => sessionsLosing(call.core.db, me(call), itemId, call.core.clock.now()),
} satisfies Partial<Handlers>;
