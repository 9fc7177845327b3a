import fs from 'node:fs';
import type { Core } from '../core';
import { attachmentForToken, exportedFile, MAX_UPLOAD_BYTES, storeUpload, TRANSFER_ROLES } from '../core';
import { AppError } from '../shared/errors';
import type { FromCore } from '../shared/core-channel';

type Send = (message: FromCore) => void;

/** The same check as the room server's /files routes: bundles are the admin's and the proctor's. */
function authorize(core: Core, token: string | null): void {
  const principal = core.principalFor(token);
  if (!principal) throw new AppError('UNAUTHENTICATED');
  if (!TRANSFER_ROLES.includes(principal.role)) throw new AppError('FORBIDDEN', { role: principal.role, method: 'files' });
}

function exportOf(core: Core, token: string | null, name: string): { file: string; mediaType: null } {
  authorize(core, token);
  const file = exportedFile(core.dataDir, name);
  if (!file) throw new AppError('NOT_FOUND', { what: 'file' });
  return { file, mediaType: null };
}

/** A stored attachment (a photo, a question's image): the same check as the room server's GET /files/attachments/<sha256>. */
function photoOf(core: Core, token: string | null, sha256: string): { file: string; mediaType: string } {
  const photo = attachmentForToken({ db: core.db, dataDir: core.dataDir, clock: core.context.clock }, token, sha256);
  return { file: photo.file, mediaType: photo.mediaType };
}

function replyError(send: Send, id: number, err: unknown): void {
  if (!(err instanceof AppError)) console.error('[ruang-uji] file relay', err);
  const error = err instanceof AppError ? err.toApiError() : new AppError('INTERNAL', { ref: 'files' }).toApiError();
  send({ type: 'reply', id, reply: { ok: false, error } });
}

/** One upload fed chunk by chunk: storeUpload pulls the next only once it wrote the last, and each pull is acknowledged, so memory stays flat. */
function uploadFeed(ack: () => void) {
  const waiting: (Uint8Array | null)[] = [];
  let wake: (() => void) | null = null;
  let aborted = false;
  const nudge = () => {
    wake?.();
    wake = null;
  };
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (;;) {
      while (waiting.length === 0 && !aborted) await new Promise<void>((resolve) => (wake = resolve));
      if (aborted) throw new AppError('BAD_REQUEST', { details: 'upload aborted' });
      const next = waiting.shift();
      if (!next) return;
      yield next;
      ack();
    }
  }
  return {
    chunks,
    push: (data: Uint8Array | null) => {
      waiting.push(data);
      nudge();
    },
    abort: () => {
      aborted = true;
      nudge();
    },
  };
}

/**
 * Bundle uploads and downloads between the main process's app:// handler and the data folder, over
 * the core process's channel: the main process never touches the data folder itself.
 */
export function fileRelay(core: Core, send: Send) {
  const uploads = new Map<number, ReturnType<typeof uploadFeed>>();
  const downloads = new Map<number, AsyncIterator<Buffer>>();

  return {
    uploadStart(id: number, token: string | null, declaredBytes: number | null): void {
      try {
        authorize(core, token);
        if (declaredBytes !== null && declaredBytes > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { limit: MAX_UPLOAD_BYTES });
      } catch (err) {
        replyError(send, id, err);
        return;
      }
      const feed = uploadFeed(() => send({ type: 'upload/ack', id }));
      uploads.set(id, feed);
      storeUpload(core.dataDir, feed.chunks()).then(
        (result) => send({ type: 'reply', id, reply: { ok: true, result } }),
        (err: unknown) => replyError(send, id, err),
      ).finally(() => uploads.delete(id));
      // The first ack asks for the first chunk.
      send({ type: 'upload/ack', id });
    },
    uploadChunk: (id: number, data: Uint8Array) => uploads.get(id)?.push(data),
    uploadEnd: (id: number) => uploads.get(id)?.push(null),
    uploadAbort: (id: number) => uploads.get(id)?.abort(),

    downloadOpen(id: number, token: string | null, name: string, what: 'export' | 'attachment'): void {
      try {
        const { file, mediaType } = what === 'attachment' ? photoOf(core, token, name) : exportOf(core, token, name);
        const size = fs.statSync(file).size;
        const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
        downloads.set(id, stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
        send({ type: 'download/ready', id, name, size, mediaType });
      } catch (err) {
        replyError(send, id, err);
      }
    },
    async downloadPull(id: number): Promise<void> {
      const reader = downloads.get(id);
      if (!reader) return;
      try {
        const next = await reader.next();
        if (next.done) downloads.delete(id);
        send({ type: 'download/chunk', id, data: next.done ? null : next.value });
      } catch (err) {
        downloads.delete(id);
        // A reply instead of the chunk: the main process errors the response rather than end it short.
        replyError(send, id, err);
      }
    },
    downloadCancel(id: number): void {
      void downloads.get(id)?.return?.();
      downloads.delete(id);
    },
    closeAll(): void {
      for (const feed of uploads.values()) feed.abort();
      for (const id of [...downloads.keys()]) this.downloadCancel(id);
    },
  };
}
