// Shared by the benchmark and the Storybook check: a static file server on loopback and Debian's Chromium.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.html', '.svg']);

/**
 * Serves `root` on 127.0.0.1 (a free port). `pages` maps paths to HTML generated on the fly. With `compress`,
 * text goes gzip-encoded to clients that accept it, as a web host or CDN sends it.
 * Resolves to `{ origin, close }`.
 */
export function serveDirectory(root, pages = new Map(), { compress = false } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const send = (type, body) => {
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (compress && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
        body = gzipSync(body);
      }
      res.writeHead(200, headers);
      res.end(body);
    };
    if (pages.has(url.pathname)) return send(TYPES['.html'], pages.get(url.pathname));
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) return res.writeHead(403).end();
    if (file.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = readFileSync(file);
      if (COMPRESSIBLE.has(extname(file))) return send(TYPES[extname(file)], body);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })),
  );
}

/** Debian's Chromium unless `CHROME_PATH` says otherwise. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for headless Chromium as root on a machine with no network but loopback. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches headless Chromium for the benchmark and the Storybook check. */
export function launchChromium(extraArgs = []) {
  return puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: [...CHROME_ARGS, ...extraArgs] });
}
