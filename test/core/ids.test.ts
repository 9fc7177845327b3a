import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { candidateAccountId, newId } from '../../electron/core/ids';

describe("candidateAccountId: a candidate's account id, the same at the LSP and at a TUK", () => {
  it('is made from the candidate id alone: the same id every time, another for another candidate, UUID-shaped', () => {
    const candidate = newId();
    const id = candidateAccountId(candidate);
    expect(candidateAccountId(candidate)).toBe(id);
    expect(candidateAccountId(newId())).not.toBe(id);
    expect(id).not.toBe(candidate);
    // Version 8 (an id made by its own hash), RFC variant: valid wherever an id is checked as a UUID.
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(z.uuid().safeParse(id).success).toBe(true);
    // A fixed value: installations of different versions must keep deriving the same id.
    expect(candidateAccountId('00000000-0000-4000-8000-000000000000')).toMatchInlineSnapshot(`"fd31cf3f-536a-86f8-8925-419df08574c0"`);
  });
});
