import { parseThemeCookie } from '@elder-ui/react/server';
import { NextResponse, type NextRequest } from 'next/server';
import { themeCookie } from './lib/theme';

const themeLink = /^(standard|elder)-(light|dark|system)-(standard|high|system)$/;
const year = 400 * 24 * 60 * 60;

/**
 * A link can carry a theme, `?theme=elder-dark-standard` (mode-scheme-contrast): a family
 * member can send one that opens the app in elder mode, and elder-audit visits every route in
 * every theme this way. It is kept in the theme cookie, as if chosen in Settings, so the server
 * renders it in the first byte and the page's own ThemeProvider agrees with it.
 */
function themeFromLink(request: NextRequest): string | null {
  const match = themeLink.exec(request.nextUrl.searchParams.get('theme') ?? '');
  if (!match) return null;
  const { settings } = parseThemeCookie(request.cookies.get(themeCookie)?.value);
  // Next.js encodes cookie values itself, as the kit's createCookieStorage does in the browser.
  return JSON.stringify({ ...settings, mode: match[1], scheme: match[2], contrast: match[3] });
}

/**
 * A fresh nonce for every page, and a strict Content Security Policy that allows only the
 * scripts carrying it: Next.js adds the nonce to its own scripts when it finds it in the
 * request's policy, the layout gives it to the kit's ThemeInitScript, and `'strict-dynamic'`
 * lets those scripts load the page's chunks. No `'unsafe-inline'` anywhere.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV === 'development';
  const policy = [
    "default-src 'self'",
    // React's development build evaluates strings for its stack traces; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // `next dev` injects its CSS as <style> tags without a nonce; a nonce in the list would make
    // browsers ignore 'unsafe-inline', so development drops it. Production is strict.
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'report-uri /api/csp-report',
  ].join('; ');

  const linked = themeFromLink(request);
  if (linked) request.cookies.set(themeCookie, linked);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  if (linked) response.cookies.set({ name: themeCookie, value: linked, path: '/', maxAge: year, sameSite: 'lax' });
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
