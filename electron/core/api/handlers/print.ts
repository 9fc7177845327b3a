import { sessionSheet } from '../../assessment/session-sheet';
import type { Handlers } from '../context';

/** Data for the proctor's printouts that no other screen loads: candidate cards and the daftar hadir. */
export const printHandlers = {
  'print/sessionSheet': (args, call) => sessionSheet(call.core.db, args.sessionId),
} satisfies Partial<Handlers>;
