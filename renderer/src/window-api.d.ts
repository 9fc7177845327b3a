import type { RendererBridge } from './api/bridge';

declare global {
  // Augmenting the DOM's Window needs declaration merging, which only an interface offers.
  interface Window {
    /** Present only inside Electron, where the preload script exposes it; absent in a browser. */
    api?: RendererBridge;
  }
}

export {};
