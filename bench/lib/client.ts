/** JSON over HTTP for the benches' set-up calls (log in, create keys): fails unless the status is `expect`. */
export async function json(url: string, init: RequestInit & { expect: number }): Promise<any> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== init.expect) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text}`);
  return JSON.parse(text);
}

/** POSTs a JSON body, with a bearer token when given. */
export function postJson(url: string, body: unknown, options: { token?: string; expect: number }): Promise<any> {
  return json(url, {
    method: 'POST', expect: options.expect, body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
  });
}
