import { describe, expect, it } from 'vitest';
import { violations } from './support/layers';
import { sourceFiles } from './support/source-files';

describe('layering', () => {
  it('holds across the whole codebase', () => {
    const files = [...sourceFiles('electron'), ...sourceFiles('renderer')];
    expect(files.length).toBeGreaterThan(20);
    expect(violations(files)).toEqual([]);
  });

  it('catches each kind of forbidden import', () => {
    const bad = [
      { path: 'electron/core/a.ts', text: "import { app } from 'electron';" },
      { path: 'electron/core/b.ts', text: "import { startRoomServer } from '../server';" },
      { path: 'electron/shared/c.ts', text: "import fs from 'node:fs';" },
      { path: 'electron/shared/d.ts', text: "import { openDatabase } from '../core/db/open';" },
      { path: 'electron/server/e.ts', text: "const { ipcMain } = require('electron');" },
      { path: 'renderer/src/f.tsx', text: "import { createCore } from '../../electron/core';" },
      { path: 'renderer/src/g.tsx', text: "import path from 'path';" },
      { path: 'renderer/src/h.tsx', text: "const x = await import('better-sqlite3');" },
      { path: 'electron/preload/i.ts', text: "import { handlers } from '../core/api/handlers';" },
      // Around the core, only its public entry: no internal module, however harmless it looks.
      { path: 'electron/cli/j.ts', text: "import { exportBundle } from '../core/bundles/export';" },
      { path: 'electron/cli/commands/k.ts', text: "import type { Db } from '../../core/db/open';" },
      { path: 'electron/server/l.ts', text: "import { RateLimiter } from '../core/auth/rate-limit';" },
      { path: 'electron/main/m.ts', text: "import { getSetting } from '../core/db/queries/settings';" },
      { path: 'electron/main/q.ts', text: "import { createCore } from '../core';" },
      { path: 'electron/main/r.ts', text: "import { startCoreHost } from '../host/core-host';" },
      { path: 'electron/host/n.ts', text: "import { handlers } from '../core/api/handlers';" },
      { path: 'electron/host/o.ts', text: "import { app } from 'electron';" },
      { path: 'electron/server/p.ts', text: "import { main } from '../cli/main';" },
    ];
    expect(violations(bad).map((v) => v.split(' ')[0])).toEqual(bad.map((b) => b.path));
  });

  it('allows what each layer needs', () => {
    const good = [
      { path: 'renderer/src/a.tsx', text: "import { contract } from '../../electron/shared/contract'; import React from 'react'; import '@fontsource/noto-sans/400.css';" },
      { path: 'electron/core/b.ts', text: "import fs from 'node:fs'; import x from '../../resources/demo/people.json'; import { z } from 'zod';" },
      { path: 'electron/main/c.ts', text: "import { app, utilityProcess } from 'electron'; import { SECURITY_HEADERS } from '../server/security';" },
      { path: 'electron/cli/commands/e.ts', text: "import { createCore, type Core } from '../../core'; import { DB_FILE_NAME } from '../../core/index';" },
      { path: 'electron/server/f.ts', text: "import { RateLimiter } from '../core/index.ts'; import type { Reply } from '../shared/errors';" },
      { path: 'electron/host/g.ts', text: "import { createCore } from '../core'; import { startRoomServer } from '../server';" },
      { path: 'electron/main/h.ts', text: "import type { ToCore } from '../shared/core-channel';" },
      { path: 'electron/cli/i.ts', text: "import { runHost } from '../host/entry';" },
      { path: 'electron/preload/d.ts', text: "import { contextBridge } from 'electron'; import type { Reply } from '../shared/errors';" },
    ];
    expect(violations(good)).toEqual([]);
  });
});
