/** The name under which main saves its private temp folder for the post step. */
export const TEMP_DIR_STATE = 'temp-dir'
