import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);

// src/core/base/exec.ts
import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { finished } from "node:stream/promises";
var CommandNotFoundError = class extends Error {
  constructor(command, cause) {
    super(`${command}: ${cause.message}`);
    this.command = command;
  }
  command;
}, running = /* @__PURE__ */ new Set();
function signalChildren(signal) {
  for (let child of running) child.kill(signal);
}
async function run(command, args, options = {}) {
  let stdoutFd = options.stdoutFile ? openSync(options.stdoutFile, "w", 384) : void 0, child;
  try {
    child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ["ignore", stdoutFd ?? "pipe", "pipe"],
      signal: options.signal
    });
  } finally {
    stdoutFd !== void 0 && closeSync(stdoutFd);
  }
  running.add(child);
  for (let end of ["close", "error"]) child.once(end, () => running.delete(child));
  let stdoutChunks = [], stdoutDone = child.stdout ? options.stdoutStream ? finished(child.stdout.pipe(options.stdoutStream)) : finished(child.stdout.on("data", (chunk) => stdoutChunks.push(chunk))) : Promise.resolve();
  stdoutDone.catch(() => {
  });
  let stderr = "", partial = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk) => {
    if (stderr += chunk, !options.onStderrLine) return;
    let lines = (partial + chunk).split(`
`);
    partial = lines.pop() ?? "";
    for (let line of lines) options.onStderrLine(line);
  });
  let exitCode = await new Promise((resolve, reject) => {
    child.once("error", (error) => {
      error.name !== "AbortError" && reject(new CommandNotFoundError(command, error));
    }), child.once("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  return await stdoutDone, partial && options.onStderrLine && options.onStderrLine(partial), { exitCode, stdout: Buffer.concat(stdoutChunks).toString("utf8"), stderr };
}

export {
  CommandNotFoundError,
  signalChildren,
  run
};
