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
    ];
    expect(violations(bad).map((v) => v.split(' ')[0])).toEqual(bad.map((b) => b.path));
  });

  it('allows what each layer needs', () => {
    const good = [
      { path: 'renderer/src/a.tsx', text: "import { contract } from '../../electron/shared/contract'; import React from 'react'; import '@fontsource/noto-sans/400.css';" },
      { path: 'electron/core/b.ts', text: "import fs from 'node:fs'; import x from '../../resources/demo/people.json'; import { z } from 'zod';" },
      { path: 'electron/main/c.ts', text: "import { app } from 'electron'; import { createCore } from '../core';" },
      { path: 'electron/preload/d.ts', text: "import { contextBridge } from 'electron'; import type { Reply } from '../shared/errors';" },
    ];
    expect(violations(good)).toEqual([]);
  });
});
