import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../electron/shared/errors';
import { id } from '../../electron/shared/i18n/id';
import { CLIENT_ERROR_CODES } from '../../renderer/src/api/client-errors';
import { flatten } from '../support/i18n-checks';
import { baseKey, scanKeys } from '../support/i18n-keys';
import { sourceFiles } from '../support/source-files';

/**
 * Every key the UI uses is written out somewhere in renderer/src, so a scan of its literals finds them
 * all: a key nobody writes is dead text a translator still maintains, a written key nobody defined
 * shows its own name on screen. Error messages are named by their code (`errors.${code}` is the
 * messageKey every ApiError and ClientError carries), so each code counts as using its message.
 */
const NAMESPACES = new Set(Object.keys(id));
const DEFINED = new Set([...flatten(id).keys()].map(baseKey));
const ERROR_KEYS = new Set([...ERROR_CODES, ...CLIENT_ERROR_CODES].map((code) => `errors.${code}`));
/** The one place a key is built: a client error's messageKey, typed `errors.${ClientErrorCode}`. */
const BUILT_ALLOWED = /^renderer\/src\/api\/client-errors\.ts:\d+ `errors\.\$\{code\}`$/;

const scans = sourceFiles('renderer/src').map((file) => scanKeys(file, NAMESPACES));
/** The command line's own texts (the `cli` namespace) are written in electron/cli, and only there. */
const cliScans = sourceFiles('electron/cli').map((file) => scanKeys(file, new Set(['cli'])));
/** What the window itself says (a lab PC's room server down, a page that keeps crashing) is written in electron/main. */
const mainScans = sourceFiles('electron/main').map((file) => scanKeys(file, new Set(['labPc', 'shell'])));
/** Words shared by a screen and the command line (the audit log's, a session's status) are written once in electron/shared. */
const SHARED_TEXT = new Map([
  ['electron/shared/audit-findings.ts', 'audit'],
  ['electron/shared/audit-labels.ts', 'audit'],
  ['electron/shared/scheduling-labels.ts', 'schedulingScreens'],
  ['electron/shared/certificate-labels.ts', 'certificates'],
  ['electron/shared/record-kind-labels.ts', 'recordKinds'],
]);
const sharedScans = sourceFiles('electron/shared').flatMap((file) => {
  const namespace = SHARED_TEXT.get(file.path);
  return namespace ? [scanKeys(file, new Set([namespace]))] : [];
});
const literals = [...scans, ...cliScans, ...mainScans, ...sharedScans].flatMap((scan) => scan.literals);

describe('translation keys in the renderer', () => {
  it('are literal: no key is built from a value', () => {
    expect([...scans, ...cliScans, ...mainScans, ...sharedScans].flatMap((scan) => scan.built).filter((site) => !BUILT_ALLOWED.test(site))).toEqual([]);
  });

  it('are all defined', () => {
    expect(literals.filter(({ key }) => !DEFINED.has(key)).map(({ key, where }) => `${where} ${key}`)).toEqual([]);
  });

  it('are all used: each defined key is written somewhere, each error message has its code', () => {
    const used = new Set(literals.map(({ key }) => key));
    const unused = [...DEFINED].filter((key) => (key.startsWith('errors.') ? !ERROR_KEYS.has(key) : !used.has(key)));
    expect(unused).toEqual([]);
  });
});

describe('the key scan', () => {
  const scan = (text: string) => scanKeys({ path: 'renderer/src/x.tsx', text }, new Set(['app', 'cbt']));

  it('finds keys in calls, maps and props, and nothing outside the namespaces or of another shape', () => {
    const found = scan(`const LABEL = { a: 'cbt.marks.answered' } as const;
      t('app.name'); <X label="cbt.gridTitle" />; 'other.key'; 'app'; 'cbt.has space'; 'x.tsx';`);
    expect(found.literals.map(({ key, where }) => `${where} ${key}`)).toEqual([
      'renderer/src/x.tsx:1 cbt.marks.answered',
      'renderer/src/x.tsx:2 app.name',
      'renderer/src/x.tsx:2 cbt.gridTitle',
    ]);
    expect(found.built).toEqual([]);
  });

  it('reports a key built in a template or by concatenation, in a call or anywhere else', () => {
    const found = scan("const k = `cbt.marks.${mark}`;\nt('cbt.' + mark);\nconst css = `grid-${n}`;");
    expect(found.built).toEqual(['renderer/src/x.tsx:1 `cbt.marks.${mark}`', "renderer/src/x.tsx:2 t('cbt.' + mark)"]);
  });

  it('reads a plural form as the key a call names', () => {
    expect(['cbt.save.held_other', 'cbt.save.held_one', 'cbt.save.held'].map(baseKey)).toEqual(['cbt.save.held', 'cbt.save.held', 'cbt.save.held']);
  });
});
