/** An error caused by the user's input: shown as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {}
