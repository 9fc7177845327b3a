import { useCallback, useEffect, useRef, useState } from 'react';
import type { CbtAnswer } from '../../../../electron/shared/cbt';
import { answersFromState, emptyDraft, type Answers } from '../../cbt/answers';
import type { AnswerDraft } from '../../cbt/pending-store';
import type { SaveQueue } from '../../cbt/save-queue';

/** Under the "at most 2 s after typing stops", leaving room for the round trip. */
export const ESSAY_PAUSE_MS = 1_200;

export type AnswerEditor = {
  answers: Answers;
  /** Essays typed into but not yet handed to the queue (still inside the typing pause). */
  drafts: ReadonlySet<string>;
  choose: (itemId: string, choice: number) => void;
  toggleDoubt: (itemId: string) => void;
  type: (itemId: string, text: string) => void;
  /** Hands a typed essay to the queue now: on leaving the question or the box, and before submitting. */
  commit: (itemId: string) => void;
  commitAll: () => void;
  /** Shows the question as the core holds it again: its save was refused (given while paused). */
  revert: (answer: AnswerDraft) => void;
};

/**
 * The candidate's answers as shown on screen. A choice and a ragu-ragu toggle go to the queue at
 * once; essay text after a short pause in typing. Every save carries the question's whole state.
 */
export function useAnswerEditor(initial: readonly CbtAnswer[], queue: SaveQueue): AnswerEditor {
  const [answers, setAnswers] = useState<Answers>(() => answersFromState(initial));
  const answersRef = useRef(answers);
  const [drafts, setDrafts] = useState<ReadonlySet<string>>(new Set());
  const draftsRef = useRef(drafts);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  // When each essay was last typed into, on the queue's clock: a save handed over later (at a pause,
  // on leaving the box) still carries the time the candidate wrote it.
  const typedAt = useRef(new Map<string, number>());
  const queueRef = useRef(queue);
  queueRef.current = queue;

  const current = (itemId: string): AnswerDraft => answersRef.current.get(itemId) ?? emptyDraft(itemId);

  const store = useCallback((draft: AnswerDraft) => {
    const next = new Map(answersRef.current);
    next.set(draft.itemId, draft);
    answersRef.current = next;
    setAnswers(next);
  }, []);

  const setDraft = useCallback((itemId: string, typing: boolean) => {
    if (draftsRef.current.has(itemId) === typing) return;
    const next = new Set(draftsRef.current);
    if (typing) next.add(itemId);
    else next.delete(itemId);
    draftsRef.current = next;
    setDrafts(next);
  }, []);

  const send = useCallback(
    (itemId: string) => {
      const timer = timers.current.get(itemId);
      if (timer !== undefined) clearTimeout(timer);
      timers.current.delete(itemId);
      setDraft(itemId, false);
      const at = typedAt.current.get(itemId);
      typedAt.current.delete(itemId);
      queueRef.current.put(answersRef.current.get(itemId) ?? emptyDraft(itemId), at);
    },
    [setDraft],
  );

  const commit = useCallback(
    (itemId: string) => {
      if (draftsRef.current.has(itemId)) send(itemId);
    },
    [send],
  );

  const commitAll = useCallback(() => {
    for (const itemId of [...draftsRef.current]) send(itemId);
  }, [send]);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  return {
    answers,
    drafts,
    choose: (itemId, choice) => {
      store({ ...current(itemId), choice });
      send(itemId);
    },
    toggleDoubt: (itemId) => {
      store({ ...current(itemId), doubtful: !current(itemId).doubtful });
      send(itemId);
    },
    type: (itemId, text) => {
      store({ ...current(itemId), text });
      typedAt.current.set(itemId, queueRef.current.now());
      setDraft(itemId, true);
      const timer = timers.current.get(itemId);
      if (timer !== undefined) clearTimeout(timer);
      timers.current.set(
        itemId,
        setTimeout(() => send(itemId), ESSAY_PAUSE_MS),
      );
    },
    commit,
    commitAll,
    revert: (answer) => {
      const timer = timers.current.get(answer.itemId);
      if (timer !== undefined) clearTimeout(timer);
      timers.current.delete(answer.itemId);
      typedAt.current.delete(answer.itemId);
      setDraft(answer.itemId, false);
      if (answer.choice !== null || answer.text !== null || answer.doubtful) return store(answer);
      // Nothing held on the server: the question is unanswered again, not an empty answer "saved".
      const next = new Map(answersRef.current);
      next.delete(answer.itemId);
      answersRef.current = next;
      setAnswers(next);
    },
  };
}
