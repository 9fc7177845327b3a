import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/shared/errors';
import { describeStartupError } from '../../electron/main/startup-error';

describe('describeStartupError', () => {
  it('translates an AppError in the UI language, Indonesian by default', () => {
    const tooNew = new AppError('DB_TOO_NEW', { found: 9, supported: 1 });
    const en = describeStartupError(tooNew, 'en-US');
    expect(en.message).toContain('schema 9');
    expect(en.message).toContain('up to 1');
    expect(en.hint).toBeNull();
    const id = describeStartupError(tooNew, 'id');
    expect(id.message).not.toBe(en.message);
    expect(id.message).toContain('9');
    expect(describeStartupError(tooNew, 'fr').message).toBe(id.message);
  });

  it('points a developer at the rebuild script when better-sqlite3 has the wrong ABI', () => {
    const abi = new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 137. This version of Node.js requires NODE_MODULE_VERSION 145.');
    const problem = describeStartupError(abi, 'en');
    expect(problem.message).toContain('startup');
    expect(problem.hint).toContain('npm run rebuild:electron-native');
    expect(describeStartupError(new Error('disk full'), 'en').hint).toBeNull();
  });
});
