import type { registryId } from './registry.id';
import type { Widen } from './types';

/** English texts of the LSP's registry (spread into `en.ts`). */
export const registryEn = {
  registry: {
    reasons: {
      required: 'Required.',
      too_long: 'Too long.',
      format: 'Not in the expected form.',
      nik_length: 'A NIK has 16 digits.',
      nik_digits: 'A NIK contains digits only.',
      nik_region: 'The region code in the NIK (its first 6 digits) is unknown.',
      nik_birth_date: 'The date of birth in the NIK (digits 7 to 12) is impossible.',
      nik_birth_date_mismatch:
        "Does not match the date of birth in the NIK (digits 7 to 12, DDMMYY; a woman's day plus 40). Check the NIK and the date of birth on the ID card.",
      nik_sex_mismatch: "Does not match the NIK: a woman's NIK has 40 added to the day of birth (digits 7 and 8). Check the NIK and the sex on the ID card.",
      nik_serial: 'The serial number in the NIK (its last 4 digits) cannot be 0000.',
      nik_number_lost:
        'The NIK was stored as a number in Excel, so its last digit is already lost. Format the NIK column as Text, type the NIK again, and import again.',
      nik_taken: 'This NIK is already registered for another candidate.',
      date_format: 'Not a valid date (example: 17/08/1995).',
      date_range: 'The date is outside the possible range.',
      date_future: 'This date has not come yet: enter today or an earlier day.',
      email_format: 'Not a valid e-mail address.',
      phone_format: 'Not a valid phone number.',
      code_format: 'Not a valid code.',
      region_code: 'The region code is unknown or does not match its province.',
      choice: 'Not one of the choices.',
      number_range: 'The number is outside the allowed range.',
      taken: 'Already used by another record.',
      duplicate: 'Appears more than once.',
      unknown_scheme: 'There is no scheme with this code.',
      loan_letter_incomplete: "A borrowed assessor needs their home LSP and the loan letter's number and date.",
      in_use: 'Still in use (by questions or a session), so it cannot be removed.',
      unknown_session: 'This session is not at this TUK.',
      empty: 'Cannot be empty.',
    },
  },
} as const satisfies Widen<typeof registryId>;
