import { describe, expect, it } from 'vitest';
import { useTestKeys } from '../../../../renderer/src/screens/candidate/use-test-keys';
import { pressOnSight } from '../../key-on-sight';

function Question({ onChoose }: { onChoose: (index: number) => void }) {
  useTestKeys({ enabled: true, onMove: () => undefined, onChoose, onDoubt: () => undefined });
  return <section data-question="1" />;
}

describe('test keys', () => {
  it('hears an answer key pressed as soon as the question is on screen (it was heard only from the next turn of the event loop)', async () => {
    const chosen: number[] = [];
    await pressOnSight(<Question onChoose={(i) => chosen.push(i)} />, '[data-question]', 'b');
    expect(chosen).toEqual([1]);
  });
});
