import { describe, expect, it } from 'vitest';
import { SseParser } from '../../renderer/src/api/sse-parser';

const STREAM = ': connected\n\nevent: accounts/changed\ndata: {"accountId":"a1","locked":true}\n\n';

describe('SseParser', () => {
  it('parses whole messages and skips comments', () => {
    expect(new SseParser().push(STREAM)).toEqual([{ event: 'accounts/changed', data: '{"accountId":"a1","locked":true}' }]);
  });

  it('gives the same result for every way of splitting the stream into chunks', () => {
    for (let cut = 1; cut < STREAM.length; cut++) {
      const parser = new SseParser();
      const out = [...parser.push(STREAM.slice(0, cut)), ...parser.push(STREAM.slice(cut))];
      expect(out, `cut at ${cut}`).toEqual([{ event: 'accounts/changed', data: '{"accountId":"a1","locked":true}' }]);
    }
  });

  it('handles one character at a time, CRLF split across chunks, and multi-line data', () => {
    const text = 'event: a\r\ndata: one\r\ndata: two\r\n\r\nevent:b\rdata:x\r\r: ping\n\n';
    const parser = new SseParser();
    const out = [...text].flatMap((ch) => parser.push(ch));
    expect(out).toEqual([
      { event: 'a', data: 'one\ntwo' },
      { event: 'b', data: 'x' },
    ]);
  });

  it('keeps an unfinished message until its blank line arrives', () => {
    const parser = new SseParser();
    expect(parser.push('event: x\ndata: 1\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'x', data: '1' }]);
  });

  it('names a message without an event field "message" and ignores events without data', () => {
    const parser = new SseParser();
    expect(parser.push('data: 7\n\nevent: empty\n\n')).toEqual([{ event: 'message', data: '7' }]);
  });
});
