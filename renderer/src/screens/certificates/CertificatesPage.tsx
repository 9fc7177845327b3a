import type { ReactNode } from 'react';
import { AreaLinks, AreaPage, type Area } from '../../components/AreaPage';

export type CertificatesKind = 'register' | 'settings' | 'blanko';

/** The certificate screens: the register, the numbering settings and the blanko import. */
const CERTIFICATES_AREA = {
  label: 'certificateScreens.nav.label',
  links: [
    { key: 'register', href: '#/certificates', label: 'certificateScreens.nav.register', navTestId: 'certificates-nav-register', homeTestId: 'link-certificates-register' },
    { key: 'settings', href: '#/certificates/settings', label: 'certificateScreens.nav.settings', navTestId: 'certificates-nav-settings', homeTestId: 'link-certificates-settings' },
    { key: 'blanko', href: '#/certificates/blanko', label: 'certificateScreens.nav.blanko', navTestId: 'certificates-nav-blanko', homeTestId: 'link-certificates-blanko' },
  ],
} as const satisfies Area<CertificatesKind>;

type Props = { kind: CertificatesKind; title: ReactNode; testId: string; actions?: ReactNode; children: ReactNode };

/** The frame of the certificate screens: their links and the way home, the title and its actions. */
export function CertificatesPage({ kind, ...page }: Props) {
  return <AreaPage area={CERTIFICATES_AREA} current={kind} {...page} />;
}

/** The way from the LSP admin's home to the certificate screens. */
export function CertificateLinks() {
  return <AreaLinks area={CERTIFICATES_AREA} />;
}
