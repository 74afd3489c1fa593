import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);

// src/core/base/concurrency.ts
async function mapLimit(items, limit, work) {
  let next = 0, worker = async () => {
    for (; next < items.length; ) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
function limiter(limit) {
  let waiting = [], running = 0;
  return async (work) => {
    running < limit ? running++ : await new Promise((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      let next = waiting.shift();
      next ? next() : running--;
    }
  };
}

export {
  mapLimit,
  limiter
};
