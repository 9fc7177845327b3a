import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurably, writeFileDurablyAsync } from '../../electron/core/durable-files';
import { tempDir } from '../support/core';

describe('writeFileDurably', () => {
  it('puts the bytes under the real name with the mode asked for, and leaves no .partial behind', () => {
    const file = path.join(tempDir(), 'key');
    writeFileDurably(file, 'geheim\n', { mode: 0o600 });
    expect(fs.readFileSync(file, 'utf8')).toBe('geheim\n');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['key']);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('exclusive: refuses when a .partial of the same name is in the way, and changes nothing', () => {
    const file = path.join(tempDir(), 'backup.age');
    fs.writeFileSync(`${file}.partial`, 'someone else');
    expect(() => writeFileDurably(file, 'mine', { exclusive: true })).toThrow(/EEXIST/);
    expect(fs.readFileSync(`${file}.partial`, 'utf8')).toBe('someone else');
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('writeFileDurablyAsync', () => {
  it('puts the bytes under the real name and leaves no partial behind', async () => {
    const file = path.join(tempDir(), 'head.json');
    await expect(writeFileDurablyAsync(file, '{"n":1}\n')).resolves.toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"n":1}\n');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['head.json']);
  });

  it('leaves the file as it was when the write was overtaken before its rename', async () => {
    const file = path.join(tempDir(), 'head.json');
    writeFileDurably(file, 'newer');
    await expect(writeFileDurablyAsync(file, 'older', () => false)).resolves.toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('newer');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['head.json']);
  });

  it('two writes under way at once each use their own partial, and the later rename wins', async () => {
    const file = path.join(tempDir(), 'head.json');
    await Promise.all([writeFileDurablyAsync(file, 'a'), writeFileDurablyAsync(file, 'b')]);
    expect(['a', 'b']).toContain(fs.readFileSync(file, 'utf8'));
    expect(fs.readdirSync(path.dirname(file))).toEqual(['head.json']);
  });
});
