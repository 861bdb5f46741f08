/** The error every runner rejects with when its run is aborted (the DOM's convention, also in Node). */
export function abortError(): DOMException {
  return new DOMException('The run was aborted', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
