/** @module A field whose type cannot be generated as declared, found when its value domain is built. */

/** Thrown by value-domain factories; the planner reports it as a located contract issue. */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}
