// The server writes its log to stderr, one line per event, as
// `2026-11-22T08:20:45.536643Z  WARN target: message`. Each line goes to the
// log channel at the server's level, without the server's timestamp (the
// channel adds its own).

/** The part of a `LogOutputChannel` used here. */
export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function logServerLine(log: Logger, line: string): void {
  const match = /^\S+\s+(TRACE|DEBUG|INFO|WARN|ERROR)\s+(.*)$/.exec(line);
  if (!match) {
    if (line.trim() !== "") {
      log.info(line);
    }
    return;
  }
  const [, level, rest] = match;
  switch (level) {
    case "TRACE":
      log.trace(rest);
      break;
    case "DEBUG":
      log.debug(rest);
      break;
    case "INFO":
      log.info(rest);
      break;
    case "WARN":
      log.warn(rest);
      break;
    default:
      log.error(rest);
  }
}
