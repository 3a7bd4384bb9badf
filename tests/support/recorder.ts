/**
 * The browser side of the recording server (tests/support/recording-middleware.mjs): give a
 * test its own path, script the answers it should get, read back the requests it sent.
 */
export interface Recorded {
  method: string;
  path: string;
  query: [string, string][];
  contentType: string | null;
  body: string;
}

let sequence = 0;

/** A fresh recording id, so tests never see each other's requests. */
export const newId = (prefix = 'rec') => `${prefix}-${Date.now().toString(36)}-${sequence++}`;

/** The answers (in order) that `/__rec/<id>/…` gives. */
export async function script(id: string, answers: object | object[]): Promise<void> {
  await fetch(`/__rec/${id}/_script`, { method: 'POST', body: JSON.stringify(answers) });
}

/** Every request `/__rec/<id>/…` received. */
export async function requests(id: string): Promise<Recorded[]> {
  return (await fetch(`/__rec/${id}/_log`)).json();
}
