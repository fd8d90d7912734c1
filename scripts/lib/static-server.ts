/** A tiny static file server on 127.0.0.1 for the browser tests, `npm start` and the benchmarks (any browser). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves files from the given folders on 127.0.0.1 (first match wins). `routes` maps a path prefix to a file, for
 * single-page apps ("/spa/" -> spa.html).
 */
export async function serveStatic(dirs: string[], routes: Record<string, string> = {}): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file: string | undefined;
    for (const [prefix, target] of Object.entries(routes)) if (url.pathname.startsWith(prefix)) file = target;
    if (!file) {
      const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      for (const dir of dirs) {
        const candidate = join(dir, rel || 'index.html');
        if (candidate.startsWith(dir) && existsSync(candidate) && statSync(candidate).isFile()) {
          file = candidate;
          break;
        }
      }
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
