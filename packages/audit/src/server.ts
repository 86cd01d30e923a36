import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A folder served over HTTP on 127.0.0.1. */
export interface StaticServer {
  /** Its URL, ending in `/`. */
  url: string;
  /** Stops it. */
  close: () => Promise<void>;
}

/**
 * Serves a folder (a static Storybook build, say) on 127.0.0.1 at a free port. Paths outside the
 * folder are refused; `/` and folders serve their `index.html`.
 */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = resolve(folder);
  const server: Server = createServer((request, response) => {
    void (async () => {
      try {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        let path = normalize(join(root, pathname));
        if (path !== root && !path.startsWith(root + sep)) {
          response.writeHead(403).end();
          return;
        }
        let info = await stat(path);
        if (info.isDirectory()) {
          path = join(path, 'index.html');
          info = await stat(path);
        }
        response.writeHead(200, { 'content-type': types[extname(path).toLowerCase()] ?? 'application/octet-stream', 'content-length': info.size });
        createReadStream(path).pipe(response);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    })();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
