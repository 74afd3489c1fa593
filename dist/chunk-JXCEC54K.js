import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);

// src/core/cache-report.ts
function describeReport(report) {
  let part = (what, stats) => `${stats.paths} ${what} (${formatBytes(stats.bytes)})`;
  return `Binary cache: ${part("paths substituted from it", report.fromCache)}, ${part("built", report.built)}, ${part("uploaded", report.uploaded)} in ${report.uploadMs} ms`;
}
function formatBytes(bytes) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export {
  describeReport
};
