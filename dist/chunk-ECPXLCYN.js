import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  formatBytes
} from "./chunk-VOSNRITM.js";

// src/core/report/cache.ts
function describeReport(report) {
  let part = (what, stats) => `${stats.paths} ${what} (${formatBytes(stats.bytes)})`;
  return `Binary cache: ${part("paths substituted from it", report.fromCache)}, ${part("built", report.built)}, ${part("uploaded", report.uploaded)} in ${report.uploadMs} ms`;
}

export {
  describeReport
};
