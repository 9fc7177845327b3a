import { CANDIDATE_PASSWORD_COST, hashPassword } from '../../auth/password';
import { cardAccount, issueCard } from '../../exam-day/passwords';
import { readablePassword } from '../../scheduling/handover';
import { me, write, type Handlers } from '../context';

export const examCardHandlers = {
  /**
   * Checked before hashing, so a refused card costs no scrypt, and again inside the write. The password is
   * drawn as the LSP's cards are (readablePassword) and hashed at the candidates' cost.
   */
  'exam/issueCard': async (args, call) => {
    const { db } = call.core;
    const principal = me(call);
    const { accountId } = cardAccount(db, args);
    const password = readablePassword();
    const hash = await hashPassword(password, { N: CANDIDATE_PASSWORD_COST });
    const card = write(call, (now) => issueCard(db, principal, args, password, hash, now));
    call.core.examDay.presence.forget(accountId);
    call.core.examDay.changed(args.sessionId, args.candidateId);
    return card;
  },
} satisfies Partial<Handlers>;
