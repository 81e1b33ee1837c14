import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ts from 'typescript';
import openapiTS, { astToString } from 'openapi-typescript';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { marketplaceWorld } from './helpers/marketplace.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
let portico: TestPortico;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;
let baseUrl: string;
let dir: string;

beforeAll(async () => {
  portico = await startTestPortico();
  world = await marketplaceWorld(portico);
  await portico.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(portico.app.server.address() as AddressInfo).port}`;
  // A client project of its own, outside the repository, that sees our node_modules.
  dir = mkdtempSync(join(tmpdir(), 'portico-client-'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
});
afterAll(async () => {
  await portico?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** tsc's verdict on the client, as readable lines (empty when it type-checks). */
function typeCheck(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, skipLibCheck: true, allowImportingTsExtensions: true,
    target: ts.ScriptTarget.ES2023, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'], types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}

describe('a client generated from /openapi.json', () => {
  it('type-checks (openapi-typescript + openapi-fetch + tsc) and orders, accepts and reads a connection', async () => {
    const doc = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as Parameters<typeof openapiTS>[0];
    writeFileSync(join(dir, 'portico-api.ts'), astToString(await openapiTS(doc)));
    const client = join(dir, 'order-accept-read.mts');
    copyFileSync(join(repo, 'test/openapi-client/order-accept-read.mts'), client);
    expect(typeCheck(client)).toEqual([]);

    const aEnd = await world.livePort(world.tree.directAdmin.token, 'client A-end');
    const bEnd = await world.livePort(world.provider.token, 'client B-end', { marketplaceVisibility: 'public' });
    const { orderAcceptRead } = await import(pathToFileURL(client).href);
    const result = await orderAcceptRead({ baseUrl, customerToken: world.tree.directAdmin.token, providerToken: world.provider.token, aEndPortId: aEnd, bEndPortId: bEnd });
    expect(result.ordered).toMatchObject({ state: 'AWAITING_APPROVAL', aEnd: { portId: aEnd }, bEnd: { portId: bEnd }, rateLimitMbps: 200 });
    expect(result.replayed).toBe(true);
    expect(result.accepted).toMatchObject({ id: result.ordered.id, approval: { state: 'accepted' } });
    expect(result.read).toMatchObject({ id: result.ordered.id, name: 'Generated client' });
    expect(result.refused).toMatchObject({ status: 409, code: expect.any(String), detail: expect.any(String) });
  });
});
