import type { Translation } from './types';

export const en = {
  app: {
    name: 'Ruang Uji',
    tagline: 'BNSP competency assessment that does not depend on the internet',
  },
  errors: {
    UNKNOWN_METHOD: 'The command "{{method}}" is not known to this application.',
    BAD_ARGS: 'Invalid input: {{details}}',
    UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
    FORBIDDEN: 'Your role ({{role}}) may not do this.',
    BAD_CREDENTIALS: 'Wrong username or password.',
    ACCOUNT_LOCKED: 'The account was locked after {{attempts}} failed sign-ins. Ask the proctor or the LSP admin to unlock it.',
    ACCOUNT_DISABLED: 'This account is disabled.',
    NOT_FOUND: 'Not found ({{what}}).',
    DB_TOO_NEW:
      'The database was created by a newer version of the application (schema {{found}}; this version supports up to {{supported}}). Update the application.',
    BAD_REQUEST: 'Invalid request: {{details}}',
    PAYLOAD_TOO_LARGE: 'The data sent is too large (at most {{limit}} bytes).',
    INTERNAL: 'Something went wrong in the application. Incident reference: {{ref}}.',
  },
} as const satisfies Translation;
