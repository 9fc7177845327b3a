import type { RuangUjiApi } from '../../electron/shared/ipc';

declare global {
  // Augmenting the DOM's Window needs declaration merging, which only an interface offers.
  interface Window {
    /** Present only inside Electron, where the preload script exposes it; absent in a browser. */
    api?: RuangUjiApi;
  }
}

export {};
