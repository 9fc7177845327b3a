import type { Principal } from '../../electron/shared/roles';
import type { AppInfo, DemoLogin, SignInResult } from '../../electron/shared/types';

export const DEMO_LOGINS: DemoLogin[] = [
  { role: 'lsp_admin', username: 'admin', password: 'admin123!', name: 'Rina Kartikasari' },
  { role: 'proctor', username: 'proktor', password: 'proktor123!', name: 'Agus Setiawan' },
  { role: 'assessor', username: 'asesor1', password: 'asesor123!', name: 'Dra. Sri Wahyuningsih, M.Kom.' },
  { role: 'candidate', username: 'JWP-2026-001', password: 'kopi7483', name: 'Muhammad Rizky Pratama' },
  { role: 'candidate', username: 'JWP-2026-002', password: 'nasi5926', name: 'Siti Aisyah Rahmawati' },
];

export function appInfo(demo: boolean): AppInfo {
  return { name: 'Ruang Uji', version: '0.1.0', schemaVersion: 1, demo, demoLogins: demo ? DEMO_LOGINS : null, language: null, setUp: true };
}

export function principal(role: Principal['role'], displayName: string): Principal {
  return {
    accountId: `acc-${role}`,
    role,
    username: role,
    displayName,
    lspId: role === 'lsp_admin' ? 'lsp-1' : null,
    assessorId: role === 'assessor' ? 'as-1' : null,
    candidateId: role === 'candidate' ? 'c-1' : null,
  };
}

export const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz';

export function signInResult(role: Principal['role'], displayName: string): SignInResult {
  return { token: TOKEN, expiresAt: '2099-01-01T00:00:00.000Z', principal: principal(role, displayName) };
}
