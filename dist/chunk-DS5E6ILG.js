import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);

// src/core/base/words.ts
function counted(count, singular, plural = `${singular}s`) {
  return `${count} ${count === 1 ? singular : plural}`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  let units = ["KiB", "MiB", "GiB"], value = bytes / 1024, unit = 0;
  for (; value >= 1024 && unit < units.length - 1; )
    value /= 1024, unit++;
  return `${value.toFixed(1)} ${units[unit]}`;
}

export {
  counted,
  formatBytes
};
