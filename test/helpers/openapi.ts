import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

const COMPONENTS_ID = 'https://portico.test/components';

interface Seen {
  operation: string;
  status: number;
}

export interface HttpAnswer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/**
 * Checks real answers against the OpenAPI document: the status is documented for the operation, the
 * media type is the documented one, the documented headers are sent, and the body matches the schema
 * (JSON Schema 2020-12, as OpenAPI 3.1 says).
 */
export function conformanceChecker(doc: any) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const relink = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', `"${COMPONENTS_ID}#/$defs/`));
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: relink(doc.components.schemas) });
  const compiled = new Map<string, ValidateFunction>();
  const seen: Seen[] = [];

  const templates = Object.keys(doc.paths).map((template) => ({
    template,
    regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    literal: !template.includes('{'),
  }));
  // A literal path (/v1/connections/summary) wins over a template (/v1/connections/{id}).
  const templateOf = (path: string) => templates.filter((t) => t.regex.test(path)).sort((a, b) => Number(b.literal) - Number(a.literal))[0]?.template;

  const deref = (node: any): any => {
    if (!node?.$ref) return node;
    return node.$ref.split('/').slice(1).reduce((at: any, key: string) => at[key.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
  };

  /** Throws unless the answer is what the document promises; returns the operation's id. */
  function check(method: string, url: string, answer: HttpAnswer): string {
    const path = url.split('?')[0];
    const template = templateOf(path);
    if (!template) throw new Error(`${method} ${path}: not in the document`);
    const operation = doc.paths[template][method.toLowerCase()];
    if (!operation) throw new Error(`${method} ${template}: method not in the document`);
    const where = `${method} ${template} → ${answer.statusCode}`;
    const response = deref(operation.responses[String(answer.statusCode)]);
    if (!response) throw new Error(`${where}: status not documented (documented: ${Object.keys(operation.responses).join(', ')}); body ${answer.body}`);
    for (const name of Object.keys(response.headers ?? {})) {
      const header = deref(response.headers[name]);
      const required = name === 'X-Request-Id' || name === 'Retry-After';
      if (required && answer.headers[name.toLowerCase()] === undefined) throw new Error(`${where}: header ${name} missing`);
      if (name === 'Retry-After' && !/^[1-9]\d*$/.test(String(answer.headers['retry-after']))) throw new Error(`${where}: Retry-After ${String(answer.headers['retry-after'])} (${header.description})`);
    }
    const mediaTypes = Object.keys(response.content ?? {});
    if (mediaTypes.length === 0) {
      if (answer.body !== '') throw new Error(`${where}: documented without a body, answered ${answer.body}`);
    } else {
      const contentType = String(answer.headers['content-type'] ?? '').split(';')[0];
      if (!mediaTypes.includes(contentType)) throw new Error(`${where}: answered ${contentType}, documented ${mediaTypes.join(', ')}`);
      const key = `${method} ${template} ${answer.statusCode} ${contentType}`;
      let validate = compiled.get(key);
      if (!validate) {
        validate = ajv.compile(relink(response.content[contentType].schema));
        compiled.set(key, validate);
      }
      const body = JSON.parse(answer.body);
      if (!validate(body)) throw new Error(`${where}: body does not match the document: ${ajv.errorsText(validate.errors)}\n${answer.body.slice(0, 2000)}`);
    }
    seen.push({ operation: operation.operationId, status: answer.statusCode });
    return operation.operationId;
  }

  return { check, seen };
}
