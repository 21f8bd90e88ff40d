/**
 * The ceiling a GraphQL server is compared with: bare node:http answering every POST with
 * fixed bytes, read from the file named by argv[2] (JSON: { [path]: base64 body }).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const bodies = new Map(Object.entries(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64')]));
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = bodies.get(req.url ?? '/') ?? Buffer.from('{}');
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
