/** The renderer is served from this privileged scheme, so it has a real origin that CSP 'self' can name. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ruang-uji';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Compares scheme and host by hand: Node's URL reports origin "null" for non-special schemes such as
 * app:, so `new URL(u).origin` cannot be used for the production origin.
 */
export function isSameOrigin(url: string, origin: string): boolean {
  let a: URL;
  let b: URL;
  try {
    a = new URL(url);
    b = new URL(origin);
  } catch {
    return false;
  }
  return a.protocol === b.protocol && a.host === b.host;
}

export type RendererTarget = { url: string; origin: string };

/**
 * electron-vite dev sets ELECTRON_RENDERER_URL to its dev server; a packaged app ignores it, so an
 * environment variable can never point an installed app at someone else's page.
 */
export function rendererTarget(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): RendererTarget {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && devUrl && URL.canParse(devUrl)) return { url: devUrl, origin: new URL(devUrl).origin };
  return { url: `${APP_ORIGIN}/`, origin: APP_ORIGIN };
}
