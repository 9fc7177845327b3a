import yauzl from 'yauzl';

export type ZipEntries = {
  names: () => string[];
  has: (name: string) => boolean;
  /** An entry's bytes, or null when the zip has no such entry. */
  read: (name: string) => Promise<Buffer | null>;
  close: () => void;
};

/**
 * The entries of a zip already checked by office-guard (caps, hidden entries, DTDs), by name through its
 * central directory, each read only when asked for.
 */
export async function openZipEntries(file: string): Promise<ZipEntries> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  const entries = new Map<string, yauzl.Entry>();
  for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  return {
    names: () => [...entries.keys()],
    has: (name) => entries.has(name),
    read: async (name) => {
      const entry = entries.get(name);
      if (!entry) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      return Buffer.concat(chunks);
    },
    close: () => zip.close(),
  };
}
