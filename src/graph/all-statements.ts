// Imports every module that declares Cypher, so tools (the lint test) can see the whole set.
import './schema-setup.js';
import './upserts.js';
import './cards.js';
import './inspections.js';
import './recommendations.js';
import './themes.js';
import './ownership.js';
import './info.js';
import './search.js';
import './curation.js';
import './existence.js';
import './ingest.js';
import './documents.js';
import './backup.js';
