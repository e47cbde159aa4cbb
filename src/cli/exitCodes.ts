/** @module What the `fixtura` command's exit status means (ARCHITECTURE §5). */
export const EXIT_OK = 0;
/** Validation found problems in a dataset. */
export const EXIT_PROBLEMS = 1;
/** Bad input or usage: an invalid contract, an unknown option, an unsatisfiable request. */
export const EXIT_BAD_INPUT = 2;
/** A bug in Fixtura: please report it. */
export const EXIT_INTERNAL = 3;
/** Stopped by SIGINT or SIGTERM (128 + 2, the shell convention for Ctrl-C). */
export const EXIT_INTERRUPTED = 130;
