import { safeName } from '../../../shared/text/safe-name';

/**
 * What names an article in a list, a pane or a card: its title, else the name of the file it came
 * from. That name is whatever the dropped file was called, so it is escaped as the import panel and
 * the command line escape file names: a control character shows as an escape, and a bidirectional
 * override cannot make "invoice‮txt.exe" read as "invoiceexe.txt".
 */
export function articleTitle(title: string | null, fileName: string): string {
  return title ?? safeName(fileName);
}
