import type { Language } from '../../shared/i18n';

/** What an export wrote and what the template could not carry, for the instructions sheet. */
export type ExportFacts = {
  code: string;
  version: number;
  questions: number;
  /** Refs of the draft questions (the template has no status column). */
  drafts: readonly string[];
  /** Refs of the questions whose pictures the file does not hold. */
  withoutImages: readonly string[];
  /** Oral and supporting questions, left out. */
  otherKinds: number;
  /** Refs of the questions with KUK of a second unit, which the file does not hold. */
  otherUnitKuk: readonly string[];
  /** Questions left out because the template shows them exactly as an earlier row (`of`). */
  repeated: readonly { ref: string; draft: boolean; of: string }[];
};

/** A long list of refs is cut: the counts say the rest. */
const REFS_SHOWN = 50;
const repeats = (f: ExportFacts, draft: string) => refs(f.repeated.map((r) => `${r.ref}${r.draft ? ` (${draft})` : ''} = ${r.of}`));
const refs = (list: readonly string[]) => (list.length > REFS_SHOWN ? `${list.slice(0, REFS_SHOWN).join(', ')}, …` : list.join(', '));

/**
 * The export's own lines on the instructions sheet, before the template's: file content the screens never
 * show, kept here in both languages like the template's notes (bank-template.ts). Every loss is named.
 */
export function exportNotes(f: ExportFacts, language: Language): string[] {
  if (language === 'en') {
    return [
      `Exported from the question bank of scheme ${f.code} version ${f.version}: ${f.questions} question(s), draft and approved; retired questions are not included.`,
      'Importing this file back into the same scheme version changes nothing: a question whose texts, key and KUK equal a question in the bank is read as unchanged.',
      f.drafts.length ? `The template has no status column. Still drafts in the bank: ${refs(f.drafts)}.` : 'The template has no status column; every question in this file is approved in the bank.',
      f.withoutImages.length
        ? `The Excel template cannot carry pictures: ${f.withoutImages.length} question(s) are written without theirs (${refs(f.withoutImages)}); the pictures stay in the app's bank.`
        : 'The Excel template cannot carry pictures; no question in this file has any.',
      ...(f.otherKinds ? [`Oral and supporting questions do not fit the template: ${f.otherKinds} are not in this file.`] : []),
      ...(f.otherUnitKuk.length ? [`A row has one Unit: ${refs(f.otherUnitKuk)} also give evidence for KUK of another unit, which this file does not list.`] : []),
      ...(f.repeated.length
        ? [`Written once: ${f.repeated.length} question(s) read in this template exactly as another one (an import would refuse the copy): ${repeats(f, 'draft')}.`]
        : []),
      'Tags, scoring guides and dimensions are not part of the template and are not in this file.',
    ];
  }
  return [
    `Diekspor dari bank soal skema ${f.code} versi ${f.version}: ${f.questions} soal, draf dan disetujui; soal yang dipensiunkan tidak ikut.`,
    'Mengimpor berkas ini kembali ke versi skema yang sama tidak mengubah apa pun: soal yang teks, kunci, dan KUK-nya sama dengan soal di bank dibaca sebagai tidak berubah.',
    f.drafts.length ? `Templat tidak memuat status soal. Yang masih draf di bank: ${refs(f.drafts)}.` : 'Templat tidak memuat status soal; semua soal di berkas ini sudah disetujui di bank.',
    f.withoutImages.length
      ? `Templat Excel tidak dapat memuat gambar: ${f.withoutImages.length} soal ditulis tanpa gambarnya (${refs(f.withoutImages)}); gambarnya tetap ada di bank soal aplikasi.`
      : 'Templat Excel tidak dapat memuat gambar; tidak ada soal bergambar di berkas ini.',
    ...(f.otherKinds ? [`Soal lisan dan pertanyaan pendukung tidak termuat templat: ${f.otherKinds} soal tidak ada di berkas ini.`] : []),
    ...(f.otherUnitKuk.length ? [`Satu baris hanya memuat satu Unit: ${refs(f.otherUnitKuk)} juga membuktikan KUK unit lain, yang tidak tercantum di berkas ini.`] : []),
    ...(f.repeated.length
      ? [`Ditulis sekali saja: ${f.repeated.length} soal terbaca di templat ini persis sama dengan soal lain (impor akan menolak salinannya): ${repeats(f, 'draf')}.`]
      : []),
    'Tag, pedoman penilaian, dan dimensi tidak termuat templat dan tidak ada di berkas ini.',
  ];
}
