// Imports every module that declares Cypher, so tools (the lint test) can see the whole set.
import './schema-setup.js';
import './seeding.js';
