// Structured JSON logs (pino); pretty output is left to the reader's tooling (`| pino-pretty`).
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'tameside-graph' }, redact: ['req.headers.authorization'] });
}
