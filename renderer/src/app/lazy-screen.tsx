import { Component, Suspense, use, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clientError } from '../api/client-errors';
import { ErrorMessage } from '../components/ErrorMessage';
import { page, screenCodeGone } from './page-reload';

type Load = () => Promise<ComponentType>;

/** Every lazy screen's fetch, so that `preloadScreens` can fetch them all. */
const fetches: (() => Promise<unknown>)[] = [];

/**
 * A screen whose code arrives only when someone opens it: lab PCs, which only ever show the candidate's
 * screens, then never download the staff screens (Vite makes each `import()` its own chunk). While the
 * chunk loads the screen says so (Suspense); if it cannot be fetched (the LAN dropped) it says that,
 * with a retry that fetches again, or reloads the page when the chunk is gone for good (the app was
 * rebuilt under the open page). Once loaded, the screen renders at once, with nothing suspended.
 *
 * Not React.lazy: it caches a failed import for good, so a retry could never succeed.
 */
export function lazyScreen(load: Load): ComponentType {
  const state: { loaded: ComponentType | null; pending: Promise<ComponentType> | null; failed: boolean } = { loaded: null, pending: null, failed: false };
  const fetchScreen = (): Promise<ComponentType> => {
    state.pending ??= load().then(
      (screen) => (state.loaded = screen),
      (error: unknown) => {
        // Kept (so the render that follows shows the failure) until someone retries.
        state.failed = true;
        throw error;
      },
    );
    return state.pending;
  };
  fetches.push(fetchScreen);
  const retry = () => {
    if (!state.failed) return;
    state.failed = false;
    state.pending = null;
  };

  function Loaded() {
    // `use` suspends until the chunk is there, or throws its failure to the boundary around it.
    const Screen = state.loaded ?? use(fetchScreen());
    return <Screen />;
  }

  function LazyScreen() {
    const [attempt, setAttempt] = useState(0);
    const onRetry = () => {
      void screenCodeGone().then((gone) => {
        if (gone) return page.reload();
        retry();
        setAttempt((n) => n + 1);
      });
    };
    return (
      <LoadFailure key={attempt} onRetry={onRetry}>
        <Suspense fallback={<ScreenLoading />}>
          <Loaded />
        </Suspense>
      </LoadFailure>
    );
  }
  return LazyScreen;
}

/** Fetches every lazy screen now (tests render them at once, as before they were lazy). */
export async function preloadScreens(): Promise<void> {
  await Promise.all(fetches.map((f) => f()));
}

function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" data-testid="screen-loading">
      {t('common.loading')}
    </p>
  );
}

type BoundaryProps = { onRetry: () => void; children: ReactNode };

/** React has error boundaries only as classes; this one handles only a failed chunk fetch. */
class LoadFailure extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Anything but a failed fetch is a bug in the screen itself: it goes on to the boundaries above.
    if (!isChunkLoadError(error)) throw error;
    return <ErrorMessage error={clientError('NETWORK')} onRetry={this.props.onRetry} />;
  }
}

/** A dynamic import that failed to fetch: Chromium, Firefox and Safari word it differently; Vite's preload adds its own. */
function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|module script failed|importing a module script failed|Unable to preload CSS/i.test(error.message);
}
