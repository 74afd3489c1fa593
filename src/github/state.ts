/** The name under which main saves its private temp folder for the post step. */
export const TEMP_DIR_STATE = 'temp-dir'

/** What main hands post about the carried binary cache folder (`cache: true`). */
export const CACHE_STATE = { dir: 'cache-dir', key: 'cache-key', fingerprint: 'cache-fingerprint' } as const
