import { closeAppeal, listAppeals, recordAppeal } from '../../pleno/appeals';
import { correctPleno } from '../../pleno/correct';
import { decidePleno } from '../../pleno/decide';
import { createPleno, listPlenos, plenoDetail, updatePleno } from '../../pleno/plenos';
import { resultsReview, resultsSessions } from '../../pleno/review';
import { plenoLsp } from '../../pleno/scope';
import { plenoSettings, setPlenoSettings } from '../../pleno/settings';
import { signPleno } from '../../pleno/sign';
import { me, passwordCheck, write, type CallContext, type Handlers } from '../context';

const lsp = (call: CallContext) => plenoLsp(me(call));

/** Closing the loop at the LSP (issue 17): results review, rapat pleno, appeals. Every write is one audited transaction. */
export const plenoHandlers = {
  'results/sessions': (args, call) => resultsSessions(call.core.db, lsp(call), args),
  'results/review': ({ sessionId }, call) => resultsReview(call.core.db, lsp(call), sessionId),

  'pleno/list': (args, call) => listPlenos(call.core.db, lsp(call), args),
  'pleno/get': ({ plenoId }, call) => plenoDetail(call.core.db, lsp(call), plenoId),
  'pleno/create': ({ pleno }, call) => write(call, (at) => createPleno(call.core.db, me(call), lsp(call), pleno, at)),
  'pleno/update': ({ plenoId, pleno }, call) => write(call, (at) => updatePleno(call.core.db, me(call), lsp(call), plenoId, pleno, at)),
  'pleno/decide': ({ plenoId, decisions, revision }, call) => write(call, (at) => decidePleno(call.core.db, me(call), lsp(call), plenoId, decisions, at, revision)),
  // The chair's password is checked outside any transaction (scrypt is async); the signing is one transaction.
  'pleno/sign': (args, call) => signPleno(passwordCheck(call), me(call), lsp(call), args),
  'pleno/correct': ({ plenoId, reason }, call) => write(call, (at) => correctPleno(call.core.db, me(call), lsp(call), plenoId, reason, at)),
  'pleno/settings': (_args, call) => {
    lsp(call);
    return plenoSettings(call.core.db);
  },
  'pleno/setSettings': ({ settings }, call) => {
    lsp(call);
    return write(call, (at) => setPlenoSettings(call.core.db, me(call), settings, at));
  },

  'appeals/list': (args, call) => listAppeals(call.core.db, lsp(call), args),
  'appeals/record': (args, call) => write(call, (at) => recordAppeal(call.core.db, me(call), lsp(call), args, at)),
  'appeals/close': (args, call) => write(call, (at) => closeAppeal(call.core.db, me(call), lsp(call), args, at)),
} satisfies Partial<Handlers>;
