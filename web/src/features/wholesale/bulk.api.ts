// The CSV upload of subscribers: XMLHttpRequest rather than fetch, for the upload's progress.
import { send } from '../../api/client';
import type { BulkResult } from './wholesale.api';

export type UploadPhase = { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing' };

function csrfCookie(): string | null {
  const found = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith('portico_csrf='));
  return found ? decodeURIComponent(found.slice('portico_csrf='.length)) : null;
}

/**
 * POST /v1/wholesale/customers/{id}/subscribers/bulk with the CSV (text/csv): all rows or none, with
 * a result per row. `onPhase` hears the bytes sent, then that the server is checking the rows.
 * The answer goes through the client's `send`, so problems and an ended session are handled as everywhere.
 */
export function uploadSubscribersCsv(customerId: string, csv: string, onPhase: (phase: UploadPhase) => void): Promise<BulkResult> {
  const pending = new Promise<{ data?: BulkResult; error?: unknown; response: Response }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/v1/wholesale/customers/${encodeURIComponent(customerId)}/subscribers/bulk`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json');
    const token = csrfCookie();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (event) => onPhase({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : csv.length });
    xhr.upload.onload = () => onPhase({ phase: 'processing' });
    xhr.onerror = () => reject(new Error('network'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      const headers = new Headers();
      const requestId = xhr.getResponseHeader('x-request-id');
      if (requestId) headers.set('x-request-id', requestId);
      const response = new Response(null, { status: xhr.status, statusText: xhr.statusText, headers });
      resolve(response.ok ? { data: body as BulkResult, response } : { error: body, response });
    };
    onPhase({ phase: 'uploading', loaded: 0, total: csv.length });
    xhr.send(csv);
  });
  return send(pending);
}
