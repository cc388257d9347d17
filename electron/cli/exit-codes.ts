export const EXIT_OK = 0;
/** Some inputs failed; each was reported on stderr with its file and reason. */
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
