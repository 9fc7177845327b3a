import { describe, expect, it } from 'vitest';
import { backupNextLines } from '../../electron/cli/bundle-report';

describe('what `bundle import --kind backup` prints once the data is back', () => {
  it('names the next step, the key restore into the same folder, and the fingerprint it must print, in both languages', () => {
    const fp = '09565 72208 15735 27859 90755 08335';
    const id = backupNextLines(fp, '/data/kantor', 'id');
    expect(id).toContain('ruang-uji keys restore');
    expect(id).toContain('--data /data/kantor');
    expect(id).toContain(fp);
    expect(id).toMatch(/^Berikutnya: /);
    const en = backupNextLines(fp, '/data/kantor', 'en');
    expect(en).toMatch(/^Next: /);
    expect(en).toContain(fp);
  });
});
