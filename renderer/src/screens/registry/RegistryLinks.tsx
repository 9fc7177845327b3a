import { AreaLinks } from '../../components/AreaPage';
import { REGISTRY_AREA } from './RegistryNav';

/** The way from the LSP admin's home into the registry: one link per list. */
export function RegistryLinks() {
  return <AreaLinks area={REGISTRY_AREA} />;
}
