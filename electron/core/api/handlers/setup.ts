import { signIn } from '../../auth/sign-in';
import { servedTukName } from '../../bundles/import';
import { setUpInstallation, setupStatus, tukStation } from '../../setup/installation';
import { lspProfile, setLspProfile } from '../../setup/lsp-profile';
import { me, write, type Handlers } from '../context';

export const setupHandlers = {
  'setup/status': (_args, call) => setupStatus(call.core.db),
  'lsp/profile': (_args, call) => lspProfile(call.core.db, me(call)),
  'lsp/setProfile': ({ profile }, call) => write(call, (now) => setLspProfile(call.core.db, me(call), profile, now)),
  // The station's admin home and screens name the TUK it serves once a bundle tied it, the set-up name before.
  'tukStation/info': (_args, call) => {
    const station = tukStation(call.core.db);
    return station && { ...station, servesTuk: servedTukName(call.core.db) };
  },
  'setup/create': async (args, call) => {
    const { core } = call;
    await setUpInstallation(core.db, core.clock, args, core.passwordCost);
    // Straight in as the new admin, as the sign-in screen would: audited, and the keys wrapped for them.
    const signedIn = await signIn(
      { db: core.db, clock: core.clock, onLocked: () => {}, limiter: core.signInLimiter },
      args.admin.username,
      args.admin.password,
      ['lsp_admin'],
    );
    await core.vault.admit(signedIn.principal, args.admin.password, core.clock.now());
    return signedIn;
  },
} satisfies Partial<Handlers>;
