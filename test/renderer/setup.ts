import { configure } from '@testing-library/react';

// A wait (waitFor, findBy…) may take up to 5 s: a save, a debounce and React's effects all run on the
// test's event loop, and on a loaded 2-core CI machine 1 s (the library's default) was not always enough
// (EssayAcrossView's score-after-reload failed at 1,086 ms). A wait that is met ends at once.
configure({ asyncUtilTimeout: 5000 });
