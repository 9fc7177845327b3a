import { AreaLinks } from '../../components/AreaPage';
import { PLENO_AREA } from './PlenoPage';

/** The way from the LSP admin's home to the results, the rapat pleno and appeals. */
export function PlenoLinks() {
  return <AreaLinks area={PLENO_AREA} />;
}
