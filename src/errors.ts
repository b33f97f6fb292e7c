// One base for every error a caller can act on. Each carries a stable code; `exposed` says whether its
// message is safe to show a client (input and state errors) or must be replaced by a generic one (faults).
export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly exposed = true,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
