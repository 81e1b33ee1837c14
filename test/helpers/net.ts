import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';

/** A TCP port that was free a moment ago, for a child process that must listen on a known port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ReceivedRequest {
  body: string;
  headers: IncomingMessage['headers'];
}

/**
 * A real HTTP receiver for webhooks: records each request and answers with the statuses given, in
 * turn (the last one repeats); 'hang' never answers. `types()` are the notice types it was sent.
 */
export async function webhookReceiver(statuses: (number | 'hang')[] = [204]) {
  const received: ReceivedRequest[] = [];
  let index = 0;
  const server: Server = createHttpServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ body, headers: request.headers });
      const status = statuses[Math.min(index++, statuses.length - 1)]!;
      if (status === 'hang') return;
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    url, received,
    types: () => received.map((r) => (JSON.parse(r.body) as { type: string }).type),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
