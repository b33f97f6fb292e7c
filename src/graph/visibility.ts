// Which stored facts default reads return. Curated facts (seed, curation API) carry no status or ACCEPTED;
// what ingest writes carries SUGGESTED until a curator accepts or rejects it; a retracted fact stays in the
// graph (never a silent delete) with status RETRACTED (model/values.ts: FactStatus). Default reads show
// only accepted facts.

/** Cypher predicate: the node or relationship bound to `variable` is an accepted fact. */
export const accepted = (variable: string) => `coalesce(${variable}.status, 'ACCEPTED') = 'ACCEPTED'`;
