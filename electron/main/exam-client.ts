import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const EXAM_SERVER_ENV = 'RUANG_UJI_EXAM_SERVER';
export const EXAM_CLIENT_FILE = 'exam-client.json';

export type ExamClient = { url: string; origin: string; kiosk: boolean };

const fileSchema = z.object({ server: z.string(), kiosk: z.boolean().default(true) }).strict();

/**
 * A lab PC's setting: the proctor station's room server it takes tests from. Set by the TUK's
 * technician in `exam-client.json` beside the app's data (or the environment variable for a trial).
 * A lab PC that is set up wrongly must not quietly become a full station, so a bad setting stops
 * the start with a message instead of being ignored.
 */
export function examClient(env: NodeJS.ProcessEnv, userDataDir: string): ExamClient | null {
  const fromEnv = env[EXAM_SERVER_ENV]?.trim();
  const file = path.join(userDataDir, EXAM_CLIENT_FILE);
  let server: string;
  let kiosk = true;
  if (fromEnv) server = fromEnv;
  else if (fs.existsSync(file)) {
    const parsed = fileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: expected {"server": "http://ADDRESS:PORT/", "kiosk": true}`);
    server = parsed.data.server;
    kiosk = parsed.data.kiosk;
  } else return null;

  const url = URL.canParse(server) ? new URL(server) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
    throw new Error(`exam-client server must be an http(s) address such as http://192.168.1.10:4321/ (got "${server}")`);
  }
  return { url: `${url.origin}/`, origin: url.origin, kiosk };
}
