import { useEffect, useState } from 'react';

/** This PC's clock, re-read every `everyMs`: what the console's countdowns and "n minutes ago" tick on. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
