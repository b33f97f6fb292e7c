// The IPC protocol between `npm run bench` and its server children: the child announces its URL, then
// answers usage requests (CPU time, RSS, database statements so far) and stops on request.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** The one load-generating client on loopback is not an abuser: the per-client rate limit is lifted. */
export const BENCH_ENV = { RATE_LIMIT_PER_MINUTE: String(1e9) };

export interface Usage {
  cpuMs: number;
  rssMb: number;
  statements: number;
}
type Message = { type: 'ready'; url: string } | { type: 'usage'; usage: Usage };

export function serveUsage(url: string, statements: () => number, stop: () => Promise<void>): void {
  process.on('message', async (msg: { type: string }) => {
    if (msg.type === 'usage') {
      const cpu = process.cpuUsage();
      const usage: Usage = {
        cpuMs: (cpu.user + cpu.system) / 1000,
        rssMb: process.memoryUsage().rss / 2 ** 20,
        statements: statements(),
      };
      process.send!({ type: 'usage', usage });
    } else if (msg.type === 'stop') {
      await stop();
      process.exit(0);
    }
  });
  process.send!({ type: 'ready', url });
}

export interface Child {
  url: string;
  usage(): Promise<Usage>;
  stop(): Promise<void>;
}

/** Starts a server script as a child (TypeScript through tsx) and waits for its URL. */
export function startChild(script: string, env: Record<string, string> = {}): Promise<Child> {
  const child: ChildProcess = fork(path.resolve(import.meta.dirname, script), {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T extends Message['type']>(type: T) =>
    new Promise<Extract<Message, { type: T }>>((resolve, reject) => {
      const onMessage = (msg: Message) => {
        if (msg.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(msg as Extract<Message, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`${script} exited with ${code} before answering`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return next('ready').then(({ url }) => ({
    url,
    usage: async () => {
      const answer = next('usage');
      child.send({ type: 'usage' });
      return (await answer).usage;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
      }),
  }));
}
