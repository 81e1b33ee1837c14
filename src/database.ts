import type { PlatformTables } from './platform/platform.tables.ts';

/**
 * The whole schema as Kysely sees it. Each module adds its own tables and views by augmenting this interface
 * in its index.ts (`declare module '../../database.ts'`), so no module is named here.
 */
export interface Database extends PlatformTables {}
