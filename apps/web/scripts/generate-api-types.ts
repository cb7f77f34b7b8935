import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE, schemaTypes, servedDocument } from './api-types';

await writeFile(SCHEMA_FILE, await schemaTypes(await servedDocument()));
console.log(`wrote ${fileURLToPath(SCHEMA_FILE)}`);
