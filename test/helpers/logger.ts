import type { Logger } from '../../src/core/types.js'

/** A Logger that says nothing: for core code a test calls directly, whose log it does not read. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, debug: () => {}, group: (_title, fn) => fn() }
