/**
 * A pleno's prints, each at its own address under the pleno's (`#/pleno/<id>/minutes`, `/sk`,
 * `/certificates`): a reload reopens the same print, and Back returns to the pleno they were opened from.
 */
export const PLENO_PRINTS = ['minutes', 'sk', 'certificates'] as const;
export type PlenoPrint = (typeof PLENO_PRINTS)[number];

/** The print a route's view names; null for the pleno's page (or a word that names no print). */
export const plenoPrintOf = (view: string): PlenoPrint | null => PLENO_PRINTS.find((p) => p === view) ?? null;

export const plenoRoute = (plenoId: string, print?: PlenoPrint): string => `pleno/${encodeURIComponent(plenoId)}${print ? `/${print}` : ''}`;
