/**
 * Importing the registry from spreadsheets (issue 14): the shapes of `registryImport/*` and
 * `registryExport/*`, shared by the core, the import screens and the CLI. A preview writes nothing;
 * apply writes the previewed file's rows in one transaction.
 */

export const IMPORT_KINDS = ['candidates', 'assessors', 'schemes'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const PREVIEW_OUTCOMES = ['add', 'update', 'unchanged', 'refused'] as const;
export type PreviewOutcome = (typeof PREVIEW_OUTCOMES)[number];

/**
 * Why a row (or a scheme) is refused. `code` is a SHEET_* cell code or an IMPORT_* code (their messages
 * are `errors.<code>`), or a registry FieldReason (lower case; `registry.reasons.<reason>`). `column` is
 * the header as the file writes it, null when the problem is the row's as a whole. `row` is set when the
 * problem sits on another sheet row than its preview row (a scheme spans many rows).
 */
export type ImportProblem = {
  column: string | null;
  key: string | null;
  code: string;
  params: Record<string, string | number>;
  row?: number;
};

/**
 * A heads-up on a row that is written all the same (`PreviewRow.notes`). `likely_duplicate_record`: a
 * registered candidate with the same name and birth date under another NIK (params name, nik,
 * participantNo); `likely_duplicate_row`: another row of the file so (params row, nik). Two people may
 * share both, so neither refuses; a mistyped NIK would otherwise make a second record of one person.
 */
export const ROW_NOTE_CODES = ['met_expired', 'tech_cert_expired', 'likely_duplicate_record', 'likely_duplicate_row'] as const;
export type RowNoteCode = (typeof ROW_NOTE_CODES)[number];

export type RowNote = { column: string; key: string; code: RowNoteCode; params: Record<string, string> };

export type PreviewRow = {
  /** 1-based sheet row, as the spreadsheet program shows it (a scheme: its first row). */
  row: number;
  outcome: PreviewOutcome;
  /** The row's cells as the file has them, by column key. */
  values: Record<string, string>;
  problems: ImportProblem[];
  /** For 'update': the keys of the columns whose value differs from the record's. */
  changes?: string[];
  /**
   * The day (YYYY-MM-DD) each filled date cell was read as, by column key, so the preview can show it with
   * the month in words: "05/06/1995" read day first is 5 June, not May 6. A refused row has its readable
   * dates too; a cell that could not be read as a day has none (it shows as the file wrote it).
   */
  dates?: Record<string, string>;
  /** For a row to be written: what is worth a look before applying, though it refuses nothing. */
  notes?: RowNote[];
};

export type ImportHeader = {
  /** The header row's number (0 for a scheme read in the FR.APL.02 layout, which has none). */
  row: number;
  columns: { key: string; header: string; column: string }[];
  /** The header row's other columns, which nothing reads ("Keterangan", a misspelt "Tgl. Lahir (dd-mm)"). */
  ignored: { header: string; column: string }[];
};

export type ImportCounts = Record<PreviewOutcome, number>;

/** Rows returned with a preview: every refused one first (up to the cap), then the others. */
export const PREVIEW_ROWS_CAP = 500;

/** A preview is kept this long for its apply, refused-rows file or discard. */
export const PREVIEW_TTL_MINUTES = 30;

export type RegistryImportPreview = {
  importId: string;
  kind: ImportKind;
  /** The worksheet read (null for a .csv). */
  sheet: string | null;
  /** `apl02`: a scheme read from an LSP's FR.APL.02 sheet rather than our template. */
  layout: 'template' | 'apl02';
  header: ImportHeader;
  /** Candidates and assessors count rows, schemes count schemes. */
  counts: ImportCounts;
  rows: PreviewRow[];
  rowsShown: number;
  /** Rows of the whole file with a note (`PreviewRow.notes`), to look at before applying; shown right after the refused ones. */
  rowsNoted: number;
  rowsTotal: number;
  /** Rows below the data skipped as a total or note line ("Jumlah: 20 orang"): neither counted nor refused. */
  summaryRows: number[];
  /** sha256 of the file, as the audit entry of its apply names it. */
  sha256: string;
  expiresAt: string;
};

/**
 * What apply wrote. It plans again against the registry as it is at that moment (in its transaction),
 * so a record changed since the preview is counted as it is now.
 */
export type RegistryImportResult = { added: number; updated: number; unchanged: number; refused: number };

/** A workbook written under transfers/exports, downloadable from /files/exports/<fileName>. */
export type SheetFile = { fileName: string; rows: number };
