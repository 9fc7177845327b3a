import { describe, expect, it } from 'vitest';
import { examDay } from '../core/cbt/support';
import { call } from '../support/core';
import { post, raw, tempServer } from '../support/http';

describe('JSON API over HTTP: text arrives exactly or not at all', () => {
  it('refuses a lone surrogate (a JSON escape) and bytes that are not UTF-8 with 400 INVALID_TEXT; good text reads back exactly', async () => {
    const { core, candidate } = await examDay(0);
    const server = await tempServer({ core });
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const essay = state.items.find((i) => i.kind === 'essay')!;
    const save = (text: string, seq: number) => ({ itemId: essay.itemId, seq, choice: null, text, doubtful: false });

    // JSON.stringify writes a lone surrogate as the escape "\ud800", exactly what the reproduction sent.
    const lone = await post(server, 'cbt/save', save('x\ud800y', 1), candidate);
    expect(lone.body).not.toContain('"stored":true');
    expect([lone.status, JSON.parse(lone.body).error]).toEqual([
      400,
      { code: 'INVALID_TEXT', messageKey: 'errors.INVALID_TEXT', params: { method: 'cbt/save', field: 'text' } },
    ]);

    // The same surrogate as raw bytes (CESU-8), and a stray byte: Buffer would have decoded both to U+FFFD.
    for (const bad of [Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xff])]) {
      const body = Buffer.concat([Buffer.from(`{"itemId":"${essay.itemId}","seq":1,"choice":null,"doubtful":false,"text":"x`), bad, Buffer.from('y"}')]);
      const res = await raw(server, {
        method: 'POST',
        path: '/api/cbt/save',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${candidate}` },
        body,
      });
      expect([res.status, JSON.parse(res.body).error.code]).toEqual([400, 'INVALID_TEXT']);
    }
    expect((await call(core, 'cbt/state', {}, candidate)).answers).toEqual([]);

    const text = 'Jawaban 😀 ĀāḐ \uFFFD selesai';
    const good = await post(server, 'cbt/save', save(text, 2), candidate);
    expect(JSON.parse(good.body).result.stored).toBe(true);
    const back = JSON.parse((await post(server, 'cbt/state', {}, candidate)).body).result.answers;
    expect(back.find((a: { itemId: string }) => a.itemId === essay.itemId).text).toBe(text);
  });
});
