import { asReply } from './transport';
import { CallError, clientError } from './client-errors';

/**
 * Bundles are files. In browser mode they travel through the room server's /files routes with the
 * same bearer token as the JSON API; the JSON API itself never carries file bytes.
 */
export async function uploadFile(file: Blob, token: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch('/files/upload', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
      body: file,
      cache: 'no-store',
    });
  } catch {
    throw new CallError(clientError('NETWORK'));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new CallError(clientError('BAD_RESPONSE'));
  }
  const reply = asReply(body);
  if (!reply.ok) throw new CallError(reply.error);
  const result = reply.result;
  if (typeof result !== 'object' || result === null || !('uploadId' in result) || typeof result.uploadId !== 'string') {
    throw new CallError(clientError('BAD_RESPONSE'));
  }
  return result.uploadId;
}

/** Fetches an export with the bearer token and hands it to the browser as a download. */
export async function downloadExport(fileName: string, token: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/files/exports/${encodeURIComponent(fileName)}`, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch {
    throw new CallError(clientError('NETWORK'));
  }
  if (!response.ok) throw new CallError(clientError('BAD_RESPONSE'));
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A stored attachment (a candidate's photo) by its hash, fetched with the bearer token like an export:
 * an <img> cannot send the token, so the screen shows it from the bytes.
 */
export async function fetchAttachment(sha256: string, token: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`/files/attachments/${encodeURIComponent(sha256)}`, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    throw new CallError(clientError('NETWORK'));
  }
  if (!response.ok) throw new CallError(clientError('BAD_RESPONSE'));
  return response.blob();
}

/**
 * A stored attachment as a data: URL. The page's policy allows images from data: URLs (not blob:), and an
 * <img> cannot send the bearer token, so the bytes are fetched and encoded, in slices so no call gets
 * millions of arguments.
 */
export async function attachmentDataUrl(sha256: string, token: string): Promise<string> {
  const blob = await fetchAttachment(sha256, token);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type};base64,${btoa(binary)}`;
}
