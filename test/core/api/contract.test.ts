import { describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/core/api/handlers';
import { contract, events, METHOD_NAMES } from '../../../electron/shared/contract';
import { ROLES } from '../../../electron/shared/roles';

describe('the contract', () => {
  it('has exactly one handler per method, and no handler without a method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof handlers[name]).toBe('function');
  });

  it('gives every method an authorization rule: public, or a non-empty list of known roles', () => {
    for (const name of METHOD_NAMES) {
      const access = contract[name].access;
      if ('public' in access) expect(access.public, name).toBe(true);
      else {
        expect(access.roles.length, name).toBeGreaterThan(0);
        for (const role of access.roles) expect(ROLES, name).toContain(role);
      }
    }
  });

  it('keeps public methods to the ones a signed-out screen needs', () => {
    const publicMethods = METHOD_NAMES.filter((m) => 'public' in contract[m].access);
    // setup/* too: the core refuses it once any account exists, the room server from any address but loopback.
    // auth/aplSignIn: a candidate's FR.APL.02 sign-in, before any session.
    // cbt/outboxSessions: a lab PC's sign-in screen asks which sessions its left answers belong to have ended.
    expect(publicMethods.sort()).toEqual(['app/info', 'auth/aplSignIn', 'auth/candidateSignIn', 'auth/signIn', 'cbt/outboxSessions', 'setup/create', 'setup/status']);
  });

  it('names methods area/verb and takes one argument object', () => {
    for (const name of METHOD_NAMES) {
      // An area may be two words in camelCase (registryImport/preview), as verbs are.
      expect(name).toMatch(/^[a-z][A-Za-z]*\/[a-z][A-Za-z]+$/);
      expect(contract[name].args.safeParse('not an object').success, name).toBe(false);
    }
  });

  it('lets each event reach only known roles', () => {
    for (const spec of Object.values(events)) for (const role of spec.roles) expect(ROLES).toContain(role);
  });
});
