import { defineModule } from '../../platform/module.ts';

/** Partners and their managed accounts' settings. No tables, services or routes yet. */
export const partnersModule = defineModule({ name: 'partners' });

// What other modules use of partners.
export { partnersQueries } from './partners.queries.ts';
