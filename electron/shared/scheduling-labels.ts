import type { SessionStatus } from './scheduling';

/** A `schedulingScreens.status.*` translation key (the screens check each against the resources, and the command line's say() too). */
type SessionStatusKey = `schedulingScreens.status.${SessionStatus}`;

/**
 * A planned session's status in words, for the LSP's sessions screens and `ruang-uji sessions list` alike
 * (literal keys, scanned by test/shared/i18n-usage.test.ts).
 */
export const SESSION_STATUS_LABEL = {
  upcoming: 'schedulingScreens.status.upcoming',
  running: 'schedulingScreens.status.running',
  awaiting_results: 'schedulingScreens.status.awaiting_results',
  results_in: 'schedulingScreens.status.results_in',
  decided: 'schedulingScreens.status.decided',
  pleno_decided: 'schedulingScreens.status.pleno_decided',
  certified: 'schedulingScreens.status.certified',
  cancelled: 'schedulingScreens.status.cancelled',
} as const satisfies Record<SessionStatus, SessionStatusKey>;
