import { nationName } from '../reader/nation-label';

/** A nation's name for the positions views; '' is the row of statements whose nation extraction did not find. */
export function nationText(code: string): string {
  return code ? (nationName(code) ?? code) : 'Nation unknown';
}
