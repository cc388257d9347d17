import { setFlagsFromString } from 'node:v8';

/**
 * V8's tier-up budget for import work, four times its default (132 KiB of bytecode executed). The
 * extractor is large, branchy code that meets a new shape of text in almost every article; at the
 * default budget V8 optimises its functions early, throws the code away as new shapes arrive and
 * compiles it again, in every worker's isolate, on background threads that compete with the import
 * for the same two cores. Measured on PolNeAR train (`npm run bench -- import`): V8's background CPU
 * fell from 1.4-1.6 to 0.7-0.8 ms an article and imports ran 6-10 % faster; a budget of twice the
 * default gained half that, eight times gained nothing more.
 */
const IMPORT_INTERRUPT_BUDGET = 4 * 132 * 1024;

let tuned = false;

/**
 * Sets the budget for the whole process (V8 flags are not per isolate) before the first import worker
 * starts, so every worker's isolate is created with it. Once: later calls do nothing.
 */
export function tuneTierUpForImports(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(`--interrupt-budget=${IMPORT_INTERRUPT_BUDGET}`);
}
