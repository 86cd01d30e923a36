/**
 * Where browsers send Content Security Policy violations (`report-uri`). The app logs each,
 * so the end-to-end tests and anyone running the server see them; a clean run logs none.
 */
export async function POST(request: Request) {
  const report = await request.text();
  console.error(`CSP violation: ${report.slice(0, 2000)}`);
  return new Response(null, { status: 204 });
}
