import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];
type LogArguments = Parameters<FastifyBaseLogger['info']>;

/**
 * A request's logger, bound to its id, made when the request first logs. Fastify makes one for
 * every request; pino's child (its bindings written as JSON) cost more than finding a cached
 * credential, for requests that mostly log nothing.
 */
class RequestLogger implements FastifyBaseLogger {
  #made: FastifyBaseLogger | undefined;
  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildOptions,
  ) {}

  get #logger(): FastifyBaseLogger {
    return (this.#made ??= this.parent.child(this.bindings, this.options));
  }

  get level(): string {
    return this.#made?.level ?? this.options?.level ?? this.parent.level;
  }
  set level(level: string) {
    this.#logger.level = level;
  }
  fatal(...args: LogArguments) {
    this.#logger.fatal(...args);
  }
  error(...args: LogArguments) {
    this.#logger.error(...args);
  }
  warn(...args: LogArguments) {
    this.#logger.warn(...args);
  }
  info(...args: LogArguments) {
    this.#logger.info(...args);
  }
  debug(...args: LogArguments) {
    this.#logger.debug(...args);
  }
  trace(...args: LogArguments) {
    this.#logger.trace(...args);
  }
  silent(...args: LogArguments) {
    this.#logger.silent(...args);
  }
  child(bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
    return this.#logger.child(bindings, options);
  }
}

/** Fastify's `childLoggerFactory`: the request's logger, made on first use. */
export const requestLogger: NonNullable<FastifyServerOptions['childLoggerFactory']> = (logger, bindings, options) => new RequestLogger(logger, bindings, options);
