import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A wait (waitFor, findBy…) may take up to 5 s: a save, a debounce and React's effects all run on the
// test's event loop, and on a loaded 2-core CI machine 1 s (the library's default) is not always enough.
// A wait that is met ends at once. (EssayAcrossView's score-after-reload, once blamed on this, was a key
// pressed before its listener existed: see components/shortcut-keys.ts.)
configure({ asyncUtilTimeout: 5000 });

// Each file's tests leave nothing behind for the next file in the same worker (the project runs its files
// without isolation, see vitest.config.mts): what is rendered, what the app stored, where it had navigated.
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
