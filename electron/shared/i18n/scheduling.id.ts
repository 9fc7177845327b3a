/** Indonesian texts of scheduling (issue 16): APL.01/APL.02 and session plans (spread into `id.ts`). */
export const schedulingId = {
  scheduling: {
    // Each table's name in words, for bundle previews (renderer/src/screens/bundles/table-labels.ts).
    tables: {
      aplApplication: 'Permohonan sertifikasi (FR.APL.01)',
      aplEvidence: 'Bukti persyaratan (FR.APL.01)',
      aplSelfAssessment: 'Asesmen mandiri (FR.APL.02)',
      aplSelfAnswer: 'Jawaban asesmen mandiri (FR.APL.02)',
      sessionAssessor: 'Asesor sesi',
    },
  },
} as const;

