// Where the explorer's sources are and where its build goes (shared by the build script and the server).
import path from 'node:path';

export const EXPLORER_APP_DIR = path.resolve(import.meta.dirname, 'app');
export const EXPLORER_DIST_DIR = path.resolve(import.meta.dirname, '../../dist/explorer');
