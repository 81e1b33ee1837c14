import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The lint rule of eslint.config.js (portico/module-boundaries), run on small examples so it cannot quietly stop working.
const eslint = new ESLint();

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'portico/module-boundaries').map((m) => m.message);
}

describe('module boundaries', () => {
  it("refuses a module importing another module's inner file", async () => {
    const errors = await boundaryErrors('src/modules/marketplace/example.ts', "import { accountsQueries } from '../accounts/accounts.queries.ts';\nvoid accountsQueries;\n");
    expect(errors).toEqual([expect.stringContaining("import 'accounts/index.ts' instead")]);
  });

  it('refuses the platform importing a module, even its index.ts', async () => {
    const errors = await boundaryErrors('src/platform/http/example.ts', "import type { Role } from '../../modules/accounts/index.ts';\nexport type R = Role;\n");
    expect(errors).toEqual([expect.stringContaining('The platform must not import a module')]);
  });

  it('refuses code outside the modules (the demo) reaching into one, re-exports and dynamic imports too', async () => {
    const code = "export { upsertLocations } from '../modules/network/network.repo.ts';\nexport const later = () => import('../modules/connections/connections.repo.ts');\n";
    expect(await boundaryErrors('src/demo/example.ts', code)).toHaveLength(2);
  });

  it("allows another module's index.ts and the module's own files", async () => {
    const code = "import { accountsQueries } from '../accounts/index.ts';\nimport * as repo from './marketplace.repo.ts';\nvoid accountsQueries;\nvoid repo;\n";
    expect(await boundaryErrors('src/modules/marketplace/example.ts', code)).toEqual([]);
  });
});
