import type { z } from 'zod';
import type { plenoInput } from '../../shared/pleno-args';

/** A pleno's editable part as the core receives it (validated by the contract). */
export type PlenoInput = z.output<typeof plenoInput>;
