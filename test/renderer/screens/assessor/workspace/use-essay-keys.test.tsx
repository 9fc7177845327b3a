import { describe, expect, it } from 'vitest';
import { useEssayKeys } from '../../../../../renderer/src/screens/assessor/workspace/use-essay-keys';
import { pressOnSight } from '../../../key-on-sight';

function Card({ onVerdict }: { onVerdict: (verdict: 'yes' | 'no') => void }) {
  useEssayKeys({ verdict: onVerdict, score: () => undefined, move: () => undefined }, true);
  return <article data-active="true" />;
}

describe('essay keys', () => {
  it('hears a key pressed as soon as the card is on screen (it was heard only from the next turn of the event loop)', async () => {
    const verdicts: string[] = [];
    await pressOnSight(<Card onVerdict={(v) => verdicts.push(v)} />, '[data-active="true"]', 't');
    expect(verdicts).toEqual(['no']);
  });
});
