import 'i18next';
import type { id } from '../../../electron/shared/i18n/id';

declare module 'i18next' {
  // Module augmentation merges only into an interface, hence the one exception to `type`.
  interface CustomTypeOptions {
    defaultNS: 'translation';
    /** Indonesian is the reference shape: a key missing there is a type error at every t() call. */
    resources: { translation: typeof id };
  }
}
