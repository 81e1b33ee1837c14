import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../scripts/api-types.ts';

describe('the portal’s generated API types (web/src/api/schema.d.ts)', () => {
  it('are what the server’s OpenAPI document generates now', async () => {
    const checkedIn = readFileSync(API_TYPES_FILE, 'utf8');
    const generated = await generateApiTypes();
    if (checkedIn !== generated) {
      expect.fail('web/src/api/schema.d.ts differs from what /openapi.json generates: run npm run api:types and commit the file');
    }
  }, 60_000);
});
