// `npm run curator-token -- <name>`: make a bearer token for a curator and the CURATOR_TOKEN_HASHES entry
// the server needs. Only the hash goes into configuration; give the token to the curator.
import { randomBytes } from 'node:crypto';
import { hashToken } from '../src/server.js';

const name = process.argv[2];
if (!name || !/^[\w.@-]+$/.test(name)) {
  console.error('usage: npm run curator-token -- <curator-name>   (letters, digits, . _ @ -)');
  process.exit(1);
}
const token = randomBytes(24).toString('base64url');
console.log(`token for ${name} (give it to them; it is not stored):\n  ${token}`);
console.log(`add to CURATOR_TOKEN_HASHES (comma-separated):\n  ${name}:${hashToken(token)}`);
