import { configure } from '@testing-library/react';

// A wait (waitFor, findBy…) may take up to 5 s: a save, a debounce and React's effects all run on the
// test's event loop, and on a loaded 2-core CI machine 1 s (the library's default) is not always enough.
// A wait that is met ends at once. (EssayAcrossView's score-after-reload, once blamed on this, was a key
// pressed before its listener existed: see components/shortcut-keys.ts.)
configure({ asyncUtilTimeout: 5000 });
