// Every call goes through the project's generated typed client (src/client): typed documents, typed results.
import { useEffect, useState } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLRequestError, request } from '../../client/index.js';

const ENDPOINT = new URL('graphql', window.location.origin + '/').toString();
const TOKEN_KEY = 'explorer.curatorToken';

export const curatorToken = {
  get: () => window.sessionStorage.getItem(TOKEN_KEY),
  set: (token: string | null) =>
    token ? window.sessionStorage.setItem(TOKEN_KEY, token) : window.sessionStorage.removeItem(TOKEN_KEY),
};

export function call<R, V extends Record<string, unknown>>(
  doc: TypedDocumentNode<R, V>,
  variables?: V,
  asCurator = false,
): Promise<R> {
  const token = asCurator ? curatorToken.get() : null;
  return request(ENDPOINT, doc, variables, token ? { authorization: `Bearer ${token}` } : {});
}

export function errorText(err: unknown): string {
  if (err instanceof GraphQLRequestError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

export interface Loaded<R> {
  data: R | null;
  error: string | null;
  loading: boolean;
}

/** Runs a query when its variables (or `epoch`, bumped after a write) change. */
export function useQuery<R, V extends Record<string, unknown>>(
  doc: TypedDocumentNode<R, V>,
  variables?: V,
  skip = false,
  epoch = 0,
): Loaded<R> {
  const key = `${epoch}:${JSON.stringify(variables ?? {})}`;
  const [state, setState] = useState<Loaded<R>>({ data: null, error: null, loading: !skip });
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    call(doc, variables).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (err) => live && setState({ data: null, error: errorText(err), loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, key, skip]);
  return state;
}
