import { Type } from '@sinclair/typebox';
import { Nullable, StringEnumOf, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import type { ListFormat } from './lists.parse.ts';

const ListSchema = StringEnumOf<ListFormat>({ csl: true, dpl: true, sdn: true }, {
  title: 'ScreeningListName', description: 'csl: the US Consolidated Screening List; dpl: the BIS Denied Persons List; sdn: OFAC’s SDN list',
});

export const ScreeningListImportSchema = Type.Object(
  {
    id: Uuid, list: ListSchema,
    version: Type.String({ description: 'The file name, directory or URL it was imported from' }),
    checksum: Type.String({ description: 'SHA-256 of the bytes imported' }),
    entries: Type.Integer({ minimum: 0 }), badRows: Type.Integer({ minimum: 0 }),
    badRowSample: Type.Array(Type.Object({ line: Type.Integer({ minimum: 1 }), reason: Type.String() }), { description: 'The first bad rows (up to 50) with their lines' }),
    importedBy: Nullable(Uuid), importedAt: Timestamp,
    active: Type.Boolean({ description: 'The version screening uses now (one per list)' }),
  },
  { title: 'ScreeningListImport' },
);

export const ScreeningListImportsSchema = Type.Object({ items: Type.Array(ScreeningListImportSchema) }, { title: 'ScreeningListImports' });
