/** The stopword package ships no types; Parley reads only its English list. */
declare module 'stopword' {
  export const eng: readonly string[];
}
