// Imports a folder into an archive, as its own process, so a test can kill it mid-way.
import { createCore } from '../../electron/core';

const [archivePath, folder] = process.argv.slice(2);
if (!archivePath || !folder) throw new Error('usage: import-folder ARCHIVE FOLDER');
const core = createCore({ archivePath });
await core.importPaths([folder]).done;
core.close();
