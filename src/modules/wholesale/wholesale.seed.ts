import type { Actor } from '../../platform/actor.ts';
import type { Tx } from '../../platform/db/db.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { newProvisioningId } from './templates.policy.ts';
import { audited } from './templates.service.ts';
import * as repo from './templates.repo.ts';

/**
 * A template for demo data, with the audit row a partner's create writes (no event: nobody is told
 * of demo data). False when the partner has a template of that name already.
 */
export async function seedTemplate(trx: Tx, by: Actor, partnerId: string, values: repo.TemplateValues, at?: Date): Promise<boolean> {
  const row = await repo.insertTemplate(trx, { id: uuidv7(at?.getTime()), partnerId, provisioningId: newProvisioningId(), createdBy: by.userId, values });
  if (!row) return false;
  await writeAudit(trx, by, { action: 'wholesale.template_created', companyId: partnerId, targetType: 'wholesale_template', targetId: row.id, after: audited(row), at });
  return true;
}
