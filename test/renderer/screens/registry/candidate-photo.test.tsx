import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { CandidateDetail } from '../../../../electron/shared/registry';
import { fail, ok } from '../../fake-transport';
import { argsOf, openAt } from './support';

const SHA = 'a'.repeat(64);
const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const requests: { url: string; auth: string | null }[] = [];

const detail: CandidateDetail = {
  revision: 'rev-1',
  id: 'c-7',
  participantNo: 'P-0007',
  name: 'Siti Aminah',
  nik: '3273011708950007',
  institution: null,
  provinceCode: '32',
  active: true,
  birthPlace: null,
  birthDate: null,
  sex: 'P',
  address: null,
  regencyCode: null,
  phone: null,
  email: null,
  educationCode: null,
  occupationCode: null,
  photoSha256: null,
};

beforeEach(() => {
  requests.length = 0;
  // The room server's /files routes: an upload answers with its id, a photo with its bytes.
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      requests.push({ url, auth: new Headers(init?.headers).get('authorization') });
      if (url === '/files/upload') return new Response(JSON.stringify({ ok: true, result: { uploadId: 'up-1' } }));
      return new Response(PNG_BYTES, { headers: { 'content-type': 'image/png' } });
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const choose = (name: string, type: string) =>
  fireEvent.change(screen.getByTestId('candidate-photo-file'), { target: { files: [new File([PNG_BYTES], name, { type })] } });

describe("the candidate's photo box", () => {
  it('uploads a chosen file, sets it, shows it with the name as alt text, and removes it', async () => {
    let current: CandidateDetail = detail;
    const { fake } = openAt('candidates/c-7', {
      'candidates/get': () => ok(current),
      'candidates/setPhoto': (args) => {
        current = { ...detail, photoSha256: (args as { uploadId: string | null }).uploadId ? SHA : null };
        return ok(current);
      },
    });
    const box = await screen.findByTestId('candidate-photo');
    expect(within(box).getByText(id.registryScreens.candidates.photo.none)).toBeTruthy();
    expect(within(box).getByText(id.registryScreens.candidates.photo.choose)).toBeTruthy();
    expect(screen.queryByTestId('candidate-photo-remove')).toBeNull();

    choose('foto.png', 'image/png');
    const img = await screen.findByTestId('candidate-photo-image');
    expect(img.getAttribute('alt')).toBe('Foto Siti Aminah');
    expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(argsOf(fake.calls, 'candidates/setPhoto')).toEqual([{ candidateId: 'c-7', uploadId: 'up-1' }]);
    expect(requests.map((r) => r.url)).toEqual(['/files/upload', `/files/attachments/${SHA}`]);
    expect(requests.every((r) => r.auth?.startsWith('Bearer '))).toBe(true);
    expect(within(box).getByText(id.registryScreens.candidates.photo.replace)).toBeTruthy();

    fireEvent.click(screen.getByTestId('candidate-photo-remove'));
    await waitFor(() => expect(screen.queryByTestId('candidate-photo-image')).toBeNull());
    expect(argsOf(fake.calls, 'candidates/setPhoto')[1]).toEqual({ candidateId: 'c-7', uploadId: null });
    expect(screen.getByTestId('candidate-photo').textContent).toContain(id.registryScreens.candidates.photo.none);
  });

  it("shows the core's refusal of an SVG and of a file too large in the screen's language, and keeps the record", async () => {
    let attempt = 0;
    openAt(
      'candidates/c-7',
      {
        'candidates/get': () => ok(detail),
        'candidates/setPhoto': () => (++attempt === 1 ? fail('PHOTO_NOT_PNG_OR_JPEG') : fail('PHOTO_TOO_LARGE', { megabytes: 2 })),
      },
      'en',
    );
    await screen.findByTestId('candidate-photo');
    choose('logo.svg', 'image/svg+xml');
    const refusal = await within(screen.getByTestId('candidate-photo')).findByTestId('error-message');
    expect(refusal.getAttribute('data-error-code')).toBe('PHOTO_NOT_PNG_OR_JPEG');
    expect(refusal.textContent).toContain(en.errors.PHOTO_NOT_PNG_OR_JPEG);
    choose('besar.jpg', 'image/jpeg');
    await waitFor(() => expect(within(screen.getByTestId('candidate-photo')).getByTestId('error-message').getAttribute('data-error-code')).toBe('PHOTO_TOO_LARGE'));
    expect(within(screen.getByTestId('candidate-photo')).getByTestId('error-message').textContent).toContain('at most 2 MB');
    expect(screen.queryByTestId('candidate-photo-image')).toBeNull();
    expect(screen.getByText(en.registryScreens.candidates.photo.none)).toBeTruthy();
  });
});
