import '@elder-ui/react/styles.css';
import { ThemeInitScript, getThemeAttributes, parseThemeCookie } from '@elder-ui/react/server';
import type { Metadata, Viewport } from 'next';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { isAppLocale, localeCookie, promptCookie } from '../lib/messages';
import { themeCookie } from '../lib/theme';
import { AppShell } from './AppShell';

export const metadata: Metadata = {
  title: { default: 'Elder Pay', template: '%s · Elder Pay' },
  description: 'A payments app built from the packed Elder UI packages, with an elder mode.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, viewportFit: 'cover' };

/**
 * The server reads the theme cookie with the request and writes the theme attributes on
 * `<html>` in the first byte; the kit's init script then only confirms them before the first
 * paint. The nonce comes from proxy.ts, for the one inline script.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const jar = await cookies();
  const theme = parseThemeCookie(jar.get(themeCookie)?.value);
  const chosen = jar.get(localeCookie)?.value;
  const locale = isAppLocale(chosen) ? chosen : 'en';

  return (
    // The init script may set these attributes from storage before React hydrates; they are
    // the kit's to keep, so React is told not to compare them.
    <html lang={locale} {...getThemeAttributes(theme.settings)} suppressHydrationWarning>
      <head>
        <ThemeInitScript nonce={nonce} cookieName={themeCookie} />
      </head>
      <body>
        <AppShell
          locale={locale}
          serverTheme={theme.settings}
          themeCorrupt={theme.status === 'corrupt'}
          prompted={jar.has(promptCookie)}
        >
          {children}
        </AppShell>
      </body>
    </html>
  );
}
