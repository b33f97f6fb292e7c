/** One integrity problem of the curated seed: where it is and what is wrong, in words a curator can act on. */
export interface Problem {
  origin: string;
  record: string;
  message: string;
}
