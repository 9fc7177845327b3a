import { AppError } from '../../../shared/errors';
import type { Handlers } from '../context';
import { registryCandidateHandlers } from './registry-candidates';

// Landing one kind at a time: the rest answer INTERNAL until their commit (minutes, not a release).
const pending = (): never => {
  throw new AppError('INTERNAL', { ref: 'registry-pending' });
};

/** The LSP's registry (issue 14). */
export const registryHandlers = {
  ...registryCandidateHandlers,
  'schemes/list': pending,
  'schemes/get': pending,
  'schemes/create': pending,
  'schemes/update': pending,
  'schemes/setActive': pending,
  'assessors/list': pending,
  'assessors/get': pending,
  'assessors/create': pending,
  'assessors/update': pending,
  'assessors/setActive': pending,
  'tuks/list': pending,
  'tuks/get': pending,
  'tuks/create': pending,
  'tuks/update': pending,
  'tuks/setActive': pending,
  'tuks/addVerification': pending,
  'registry/settings': pending,
  'registry/setSettings': pending,
} satisfies Partial<Handlers>;
