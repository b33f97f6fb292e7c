// Child process of `npm run bench`: a plain node:http server that reads each POST body and answers with
// bytes captured from the project (one body per path), as the ceiling the project is compared with.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveUsage } from './usage.js';

// The bodies come in a file (STATIC_BODIES_FILE): answers outgrow what one environment variable may hold.
const bodies = new Map<string, Buffer>(
  Object.entries(JSON.parse(readFileSync(process.env.STATIC_BODIES_FILE!, 'utf8')) as Record<string, string>).map(
    ([k, v]) => [k, Buffer.from(v, 'utf8')],
  ),
);
const server = http.createServer((req, res) => {
  const body = bodies.get(req.url ?? '');
  req.resume();
  req.on('end', () => {
    if (!body) res.writeHead(404).end();
    else
      res
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length })
        .end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  serveUsage(
    `http://127.0.0.1:${port}`,
    () => 0,
    () => new Promise((resolve) => server.close(() => resolve())),
  );
});
