import { AreaLinks } from '../../components/AreaPage';
import { SCHEDULING_AREA } from './SchedulingPage';

/** The way from the LSP admin's home into scheduling: the sessions and the candidates' applications. */
export function SchedulingLinks() {
  return <AreaLinks area={SCHEDULING_AREA} />;
}
