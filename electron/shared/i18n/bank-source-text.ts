import type { BankSourceNote, BankSourceReason } from '../bank-source';
import { messageText } from './error-text';
import type { Language } from './index';

/** Why a question of a bank file was refused, in words, outside the screens (the CLI, a report file). */
export function sourceReasonText(code: BankSourceReason, params: Readonly<Record<string, string | number>>, language: Language): string {
  return messageText(`bankSource.reasons.${code}`, params, language);
}

/** What the conversion of a question changed, in words, outside the screens. */
export function sourceNoteText(code: BankSourceNote, params: Readonly<Record<string, string | number>>, language: Language): string {
  return messageText(`bankSource.notes.${code}`, params, language);
}
