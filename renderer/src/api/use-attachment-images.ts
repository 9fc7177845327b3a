import { useEffect, useState } from 'react';
import { useToken } from '../session/use-token';
import { attachmentDataUrl } from './files';

/**
 * Fetched images by sign-in and hash: an image's bytes never change (the name is their hash), so moving
 * between questions does not fetch them again; another sign-in fetches its own (the core decides who
 * may see which).
 */
const cache = new Map<string, Promise<string>>();

function load(sha256: string, token: string): Promise<string> {
  const key = `${token}:${sha256}`;
  let found = cache.get(key);
  if (!found) {
    found = attachmentDataUrl(sha256, token);
    // A failure is not kept: the next showing tries again (the room server may be back).
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}

/** Each hash's data: URL once fetched, null when it could not be; absent while loading. */
export function useAttachmentImages(hashes: readonly string[]): ReadonlyMap<string, string | null> {
  const token = useToken();
  const [shown, setShown] = useState<ReadonlyMap<string, string | null>>(new Map());
  const wanted = hashes.join(',');
  useEffect(() => {
    let live = true;
    for (const sha256 of wanted ? wanted.split(',') : []) {
      load(sha256, token).then(
        (src) => live && setShown((m) => new Map(m).set(sha256, src)),
        () => live && setShown((m) => new Map(m).set(sha256, null)),
      );
    }
    return () => {
      live = false;
    };
  }, [wanted, token]);
  return shown;
}
