/** A file the user gave us, with its path inside a dropped or chosen folder. */
export interface PickedFile {
  file: File;
  path: string;
}

/** The browser's own Entry types, which lib.dom only partly describes. */
interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
}
interface FileEntryLike extends EntryLike {
  file(success: (file: File) => void, failure: (error: unknown) => void): void;
}
interface DirectoryEntryLike extends EntryLike {
  createReader(): { readEntries(success: (entries: EntryLike[]) => void, failure: (error: unknown) => void): void };
}

function relativePath(entry: EntryLike): string {
  return entry.fullPath.replace(/^\/+/, '') || entry.name;
}

function readFileEntry(entry: FileEntryLike): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function readDirectory(entry: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = entry.createReader();
  const all: EntryLike[] = [];
  // readEntries answers in chunks (about 100 at a time) until it returns none.
  for (;;) {
    const chunk = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) return all;
    all.push(...chunk);
  }
}

export interface CollectedFiles {
  files: PickedFile[];
  /** Entries the browser would not let us read, with why. */
  unreadable: { path: string; reason: string }[];
}

async function walk(entry: EntryLike, out: CollectedFiles): Promise<void> {
  if (entry.isFile) {
    try {
      out.files.push({ file: await readFileEntry(entry as FileEntryLike), path: relativePath(entry) });
    } catch (error) {
      out.unreadable.push({ path: relativePath(entry), reason: `The browser could not read this file (${String(error)})` });
    }
  } else if (entry.isDirectory) {
    try {
      for (const child of await readDirectory(entry as DirectoryEntryLike)) await walk(child, out);
    } catch (error) {
      out.unreadable.push({ path: relativePath(entry), reason: `The browser could not list this folder (${String(error)})` });
    }
  }
}

/**
 * Everything in a drop, folders included (recursively). Entries must be taken while the
 * drop event is being handled, because the browser empties the DataTransfer afterwards.
 */
export function collectDroppedFiles(dataTransfer: DataTransfer): Promise<CollectedFiles> {
  const folders: EntryLike[] = [];
  const files: PickedFile[] = [];
  for (const item of Array.from(dataTransfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = (item.webkitGetAsEntry?.() ?? null) as EntryLike | null;
    // A top-level file is already in hand; only folders need the asynchronous entry API.
    if (entry?.isDirectory) {
      folders.push(entry);
      continue;
    }
    const file = item.getAsFile();
    if (file) files.push({ file, path: file.name });
  }
  if (folders.length === 0 && files.length === 0) {
    files.push(...Array.from(dataTransfer.files, (file) => ({ file, path: file.name })));
  }

  return (async () => {
    const out: CollectedFiles = { files, unreadable: [] };
    for (const folder of folders) await walk(folder, out);
    return out;
  })();
}

/** Files from an <input type=file>, keeping folder-relative paths when a folder was chosen. */
export function collectChosenFiles(list: FileList): PickedFile[] {
  return Array.from(list, (file) => ({ file, path: file.webkitRelativePath || file.name }));
}
