import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeCompany, makeUser } from './helpers/factories.ts';

// Real HTTP over a socket: some of these answers come from Node's parser, which inject() skips.
let portico: TestPortico;
let port: number;

beforeAll(async () => {
  portico = await startTestPortico();
  await portico.app.listen({ port: 0, host: '127.0.0.1' });
  port = (portico.app.server.address() as AddressInfo).port;
});
afterAll(() => portico?.close());

interface RawResponse { status: number; headers: Record<string, string>; body: string }

/** Writes bytes to a fresh connection and parses whatever comes back before the server hangs up. */
function raw(request: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    // The server may close while a large request is still being written: what it said counts.
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const status = Number(statusLine.split(' ')[1]);
      if (!status) return reject(new Error(`no response: ${JSON.stringify(text.slice(0, 200))}`));
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status, headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
    socket.end();
  });
}

const get = (path: string, extraHeaders = '') => raw(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${extraHeaders}\r\n`);

function expectProblem(response: RawResponse, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  // Chunked or not, the document is the JSON object in the body.
  const problem = JSON.parse(response.body.slice(response.body.indexOf('{'), response.body.lastIndexOf('}') + 1));
  expect(problem).toMatchObject({ status, code, type: `urn:portico:problem:${code}` });
  expect(problem.detail.length).toBeGreaterThan(10);
  expect(problem.requestId).toBe(response.headers['x-request-id']);
  expect(problem).not.toHaveProperty('statusCode');
  return problem;
}

describe('errors raised before a route answers are problem+json too', () => {
  it('414 for a 5,000-character path id', async () => {
    expect(expectProblem(await get(`/v1/companies/${'a'.repeat(5000)}`), 414, 'uri_too_long').field).toBe('path');
  });

  it('400 for a path that is not valid percent-encoded UTF-8 (FST_ERR_BAD_URL)', async () => {
    expect(expectProblem(await get('/v1/companies/%FF%FE'), 400, 'bad_url').field).toBe('path');
  });

  it('431 for a 1 MB query string', async () => {
    expect(expectProblem(await get(`/v1/companies?q=${'x'.repeat(1_048_576)}`), 431, 'headers_too_large').field).toBe('headers');
  });

  it('431 for huge headers', async () => {
    expectProblem(await get('/healthz', `X-Padding: ${'p'.repeat(20_000)}\r\n`), 431, 'headers_too_large');
  });

  it('400 for bytes that are not HTTP', async () => {
    expectProblem(await raw('NOT HTTP AT ALL\r\n\r\n'), 400, 'malformed_request');
    expectProblem(await raw('GET /healthz HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n'), 400, 'malformed_request');
  });

  it('417 for an Expect header other than 100-continue', async () => {
    expect(expectProblem(await get('/healthz', 'Expect: the-unexpected\r\n'), 417, 'expectation_failed').field).toBe('Expect');
  });

  it('404 for an unknown route and an unknown method', async () => {
    expectProblem(await get('/v1/no-such-thing'), 404, 'route_not_found');
    expectProblem(await raw('PROPFIND /v1/companies HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'), 404, 'route_not_found');
  });

  it('413 for a body over 1 MB', async () => {
    const body = JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(1_100_000) });
    expect(expectProblem(await raw(`POST /v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`), 413, 'body_too_large').field).toBe('body');
  });

  it('415 names the Content-Type', async () => {
    const response = await call(portico.app, 'POST', '/v1/auth/login', { body: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'unsupported_media_type', field: 'Content-Type' });
  });

  it('a replayed refusal (Idempotency-Key) is still problem+json', async () => {
    const company = await makeCompany(portico.ctx, 'direct');
    const user = await makeUser(portico.app, portico.ctx, company.id, 'read_only', 'direct');
    const send = () => call(portico.app, 'POST', '/v1/api-keys', { token: user.token, body: { name: 'strong', role: 'company_admin' }, headers: { 'idempotency-key': 'replay-of-a-refusal' } });
    const first = await send();
    const replay = await send();
    expect(first.statusCode).toBe(403);
    expect(replay.statusCode).toBe(403);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(replay.json().code).toBe(first.json().code);
  });
});

describe('a server that is shutting down', () => {
  it('answers a request that arrives while it drains with a 503 problem', async () => {
    const draining = await startTestPortico();
    try {
      await draining.app.listen({ port: 0, host: '127.0.0.1' });
      const socket = connect((draining.app.server.address() as AddressInfo).port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (chunk) => chunks.push(chunk));
      const closed = new Promise((resolve) => socket.on('close', resolve));
      // A request under way keeps its connection open through the close; it completes after it began.
      socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const closing = draining.app.close();
      await new Promise((resolve) => setTimeout(resolve, 500));
      socket.write('Connection: close\r\n\r\n');
      await closed;
      await closing;
      const [head = '', body = ''] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 503 /);
      expect(head).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(body)).toMatchObject({ status: 503, code: 'shutting_down' });
    } finally {
      await draining.close();
    }
  });
});
