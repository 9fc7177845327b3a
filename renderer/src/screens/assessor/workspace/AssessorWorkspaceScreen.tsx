import { useRoute } from '../../../navigation/hash-route';
import { AssessorHome } from '../AssessorHome';
import { AssessorWorkspace } from './AssessorWorkspace';
import { parseWorkspaceRoute } from './view';

/**
 * `#/workspace/<session>/…`: the assessor's workspace at its own addresses (view.ts), so a reload
 * returns to the same candidate and view and Back steps back within it. An address naming no view of
 * the workspace shows the assessor's home.
 */
export function AssessorWorkspaceScreen() {
  const place = parseWorkspaceRoute(useRoute());
  if (!place) return <AssessorHome />;
  return <AssessorWorkspace sessionId={place.sessionId} view={place.view} />;
}
