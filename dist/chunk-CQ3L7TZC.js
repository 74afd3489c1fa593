import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);

// src/core/nix/log.ts
var PREFIX = "@nix ";
var PLAN = /^(these|this) .*(will|would) be (built|fetched)/, TRACE = /^trace: /, STRUCTURED_LOG = ["--log-format", "internal-json"], stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*m/g, ""), NixLog = class {
  constructor(logger) {
    this.logger = logger;
  }
  logger;
  errors = [];
  plain = [];
  lastLines = /* @__PURE__ */ new Map();
  /** The derivation each build activity builds, to pair a builder's failure with its last line. */
  buildDrvs = /* @__PURE__ */ new Map();
  lastLogLine;
  started = /* @__PURE__ */ new Set();
  /** Handles one stderr line (JSON or, from wrappers and older tools, plain text). */
  line = (text) => {
    if (!text.startsWith(PREFIX)) {
      text.trim() && this.plain.push(stripAnsi(text));
      return;
    }
    let event;
    try {
      event = JSON.parse(text.slice(PREFIX.length));
    } catch {
      this.plain.push(stripAnsi(text));
      return;
    }
    switch (event.action) {
      case "msg":
        this.message(event);
        return;
      case "start":
        if (event.type === 105 && typeof event.fields?.[0] == "string" && event.id !== void 0 && this.buildDrvs.set(event.fields[0], event.id), (event.type === 105 || event.type === 108 || event.type === 100) && event.text) {
          let text2 = stripAnsi(event.text);
          this.started.has(text2) || this.logger.info(text2), this.started.add(text2);
        }
        return;
      case "result":
        if (event.type === 101 && typeof event.fields?.[0] == "string") {
          let line = stripAnsi(event.fields[0]);
          event.id !== void 0 && this.lastLines.set(event.id, line), this.lastLogLine = line, this.logger.info(line);
        }
        return;
    }
  };
  message(event) {
    let level = event.level ?? 3, text = stripAnsi(event.raw_msg ?? event.msg ?? "").trim();
    TRACE.test(text) && event.raw_msg === void 0 ? this.logger.info(text) : level === 0 ? this.errors.push(event) : level === 1 ? this.logger.warn(`nix: ${text.replace(/^warning:\s*/, "")}`) : level <= 3 && !PLAN.test(text) ? this.logger.info(text) : this.logger.debug(text);
  }
  /** The error Nix reported, or undefined when it reported none in its structured log. */
  failure() {
    let error = this.errors.find(
      (event) => !/^\(use '--show-trace'/.test(stripAnsi(event.raw_msg ?? event.msg ?? ""))
    );
    if (!error) {
      let plain = this.plain.map((line) => line.trim()).find((line) => line.startsWith("error:"));
      return plain ? { message: plain.slice(6).trim() } : void 0;
    }
    let full = stripAnsi(error.msg ?? ""), message = stripAnsi(error.raw_msg ?? lastErrorLine(full)).trim(), assertion = /while evaluating the condition of the assertion '(.*)'/.exec(full)?.[1];
    return {
      message: oneLine(message),
      position: position(error) ?? innermostFrame(full),
      assertion: assertion && !message.includes(assertion) ? assertion : void 0,
      lastLogLine: /^builder for .* failed/.test(message) ? this.lastLogLine : void 0
    };
  }
  /** Every error message Nix reported, one line each (a `--keep-going` build reports one per failed derivation). */
  errorMessages() {
    return this.errors.map((event) => oneLine(stripAnsi(event.raw_msg ?? lastErrorLine(stripAnsi(event.msg ?? ""))).trim())).filter(Boolean).map((message) => {
      let drv = /^builder for '([^']+)' failed/.exec(message)?.[1], id = drv ? this.buildDrvs.get(drv) : void 0, last = id === void 0 ? void 0 : this.lastLines.get(id);
      return last ? `${message}; last log line: ${last}` : message;
    });
  }
  /** What was printed outside the structured log (a wrapper's words, a crash), first lines only. */
  plainText() {
    return this.plain.slice(0, 3).join(" | ");
  }
};
function lastErrorLine(text) {
  let lines = text.split(`
`).map((line) => line.trim()), last = lines.filter((line) => line.startsWith("error:")).pop();
  return last ? last.slice(6) : lines[0] ?? "";
}
function position(event) {
  if (event.file)
    return /:\d+(:\d+)?$/.test(event.file) ? event.file.replace(/:\d+$/, "") : event.line ? `${event.file}:${event.line}` : event.file;
}
function innermostFrame(trace) {
  return [...trace.matchAll(/^\s*at (\/[^\s:]+:\d+):\d+:?$/gm)].at(-1)?.[1];
}
var oneLine = (text) => text.replace(/\s*\n\s*/g, " ");
function describeFailure(failure) {
  let parts = [failure.assertion ? `assertion '${failure.assertion}' failed: ${failure.message}` : failure.message];
  return failure.position && parts.push(`(at ${failure.position})`), failure.lastLogLine && parts.push(`; last log line: ${failure.lastLogLine}`), parts.join(" ").replace(/ ;/, ";");
}
function failureText(log) {
  let failure = log.failure();
  return failure ? describeFailure(failure) : log.plainText() || "no error message";
}
var SILENT = {
  info: () => {
  },
  warn: () => {
  },
  debug: () => {
  },
  group: (_title, fn) => fn()
};
function stderrFailure(stderr) {
  let log = new NixLog(SILENT);
  for (let line of stderr.split(`
`)) log.line(line);
  return failureText(log);
}

export {
  STRUCTURED_LOG,
  NixLog,
  describeFailure,
  failureText,
  stderrFailure
};
