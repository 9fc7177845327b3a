/** The page's reload as an object's method, so that a test can watch it (jsdom's location cannot be spied on). */
export const page = {
  reload: (): void => window.location.reload(),
};

/**
 * Whether a screen's code that failed to load is gone rather than out of reach: the app was updated or
 * rebuilt under this open page, so the chunk names it knows point at files no longer there, and fetching
 * them again fails for good; only a reload brings the new names. In the desktop window the code is on
 * this computer's disk, so a failure there is always that. Through the room server, the server still
 * answering for the page itself tells it from a dropped LAN, where a reload would leave the browser's
 * own error page in place of the app.
 */
export async function screenCodeGone(): Promise<boolean> {
  if (window.location.protocol !== 'http:' && window.location.protocol !== 'https:') return true;
  try {
    const reply = await fetch(window.location.pathname, { cache: 'no-store' });
    return reply.ok;
  } catch {
    return false;
  }
}
