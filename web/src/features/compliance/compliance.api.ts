import { api, send } from '../../api/client';
import type { ScreeningListImport } from '../../api/models';

export function listScreeningLists(): Promise<{ items: ScreeningListImport[] }> {
  return send(api.GET('/v1/compliance/lists'));
}
