import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

/** The page around every signed-out screen: the brand and the language switch, before anyone is known. */
export function SignedOutFrame({ children }: { children: ReactNode }) {
  return (
    <div className="signin-page">
      <header className="signin-top">
        <Brand showTagline />
        <LanguageSwitch />
      </header>
      {children}
    </div>
  );
}
