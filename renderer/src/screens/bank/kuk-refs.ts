/** KUK as a short reference, grouped by unit: "J.620100.005.02 1.1, 1.2; J.620100.004.02 2.1". */
export function kukRefs(kuks: readonly { unitCode: string; number: string }[]): string {
  const groups: { unitCode: string; numbers: string[] }[] = [];
  for (const kuk of kuks) {
    const last = groups[groups.length - 1];
    if (last?.unitCode === kuk.unitCode) last.numbers.push(kuk.number);
    else groups.push({ unitCode: kuk.unitCode, numbers: [kuk.number] });
  }
  return groups.map((g) => `${g.unitCode} ${g.numbers.join(', ')}`).join('; ');
}
