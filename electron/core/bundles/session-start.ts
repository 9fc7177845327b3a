/** The session table's entry in a session or results bundle. */
export const SESSION_ROWS = 'data/session.ndjson';

/**
 * The session's day and start time from its row in the bundle (already verified against the signed
 * manifest), for `bundle inspect`: the manifest names only the session's code and title. Null when the
 * bundle has no session, or its row is not there in the shape this version writes.
 */
export function sessionStartOf(rows: Buffer | undefined, sessionId: string | null): { date: string; startTime: string } | null {
  if (!rows || sessionId === null) return null;
  for (const line of rows.toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      return null;
    }
    if (typeof row !== 'object' || row === null || !('id' in row) || row.id !== sessionId) continue;
    const date = 'date' in row ? row.date : null;
    const startTime = 'start_time' in row ? row.start_time : null;
    return typeof date === 'string' && typeof startTime === 'string' ? { date, startTime } : null;
  }
  return null;
}
