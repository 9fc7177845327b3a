import type { BundleInspection, ExportResult, ImportPreview } from '../shared/types';

/** `bundle inspect`: the manifest, one field a line. */
export function inspectionLines({ manifest: m }: BundleInspection): string {
  const lines = [
    `kind:        ${m.kind}${m.partial ? ` (partial, ${m.partial.station})` : ''}`,
    `bundle:      ${m.bundleId} (format ${m.formatVersion}, app ${m.appVersion})`,
    `created:     ${m.createdAt}`,
    `signed by:   ${m.source.label} — ${m.source.fingerprint}`,
    `LSP:         ${m.lsp ? `${m.lsp.name} (${m.lsp.code})` : '—'}`,
    `TUK:         ${m.tuk ? `${m.tuk.name} (${m.tuk.code})` : '—'}`,
    `session:     ${m.session ? `${m.session.name} (${m.session.code})` : '—'}`,
    `counts:      ${Object.entries(m.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `entries:     ${m.entries.length}, ${m.entries.reduce((n, e) => n + e.size, 0)} bytes, all verified`,
  ];
  return lines.join('\n') + '\n';
}

export function verifiedLine({ manifest: m, signerFingerprint }: BundleInspection): string {
  return `OK: ${m.kind} bundle ${m.bundleId}, signed by ${m.source.label} (${signerFingerprint}); every entry verified\n`;
}

export function exportLines(r: ExportResult, filePath: string): string {
  const lines = [`${filePath}`, `  ${r.bytes} bytes, sha256 ${r.sha256}, verified (${r.verified})`, `  signed by fingerprint ${r.fingerprint}`];
  if (r.generatedPassphrase) lines.push(`  passphrase (hand it over separately): ${r.generatedPassphrase}`);
  return lines.join('\n') + '\n';
}

export function previewLines(p: ImportPreview): string {
  const lines = [`${p.kind} bundle ${p.bundleId} from ${p.signer.label}`, `  signer ${p.signer.fingerprint} (${p.signer.status})`];
  if (p.alreadyImported) lines.push('  already imported: nothing to do');
  for (const t of p.tables) lines.push(`  ${t.table}: +${t.added} ~${t.updated} =${t.unchanged} !${t.conflicts}`);
  return lines.join('\n') + '\n';
}
