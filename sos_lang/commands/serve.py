"""``sos-lang serve``: the JSON-over-HTTP API for case systems and note-taking tools."""

from __future__ import annotations

import argparse
import os

from sos_lang.commands.common import EXIT_OK, add_config, config_in_force


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "serve", help="serve the HTTP API (JSON) on this machine",
        description="Serve /v1/check, /v1/check/batch, /v1/classify, /v1/rewrite, /v1/redact "
                    "and /v1/lexicon. Listens on 127.0.0.1 unless --host says otherwise; any "
                    "other address needs a token (SOS_LANG_API_TOKEN or --token-file).")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--workers", type=int, default=1,
                        help="worker processes, each with the model loaded (default 1)")
    add_config(parser)
    parser.add_argument("--token-file", help="a file holding the bearer token callers must "
                                             "send (default $SOS_LANG_API_TOKEN)")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="seconds a request may take before a 504 (default 30)")
    parser.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                        help="a browser origin allowed to call the API (repeat; default none: "
                             "CORS off)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from sos_lang.api.settings import ServerSettings, check_safe_to_start, read_token
    from sos_lang.inputs import InputError
    from sos_lang.rules.config import active_lexicon, active_rules

    if args.workers < 1 or not 0 < args.port < 65536 or args.timeout <= 0:
        raise InputError("--workers must be at least 1, --port 1-65535 and --timeout above 0")
    token = read_token(args.token_file)
    check_safe_to_start(args.host, token)
    config = config_in_force(args)
    active_rules(config)  # a broken central config stops here, not on the first request
    active_lexicon(config)
    settings = ServerSettings(config_path=config, token=token,
                              timeout_seconds=args.timeout,
                              cors_origins=tuple(args.cors_origin))
    os.environ.update(settings.to_environment())  # each worker process reads them
    uvicorn.run("sos_lang.api.app:app_from_environment", factory=True, host=args.host,
                port=args.port, workers=args.workers, access_log=False,
                log_config=_log_config(), server_header=False)
    return EXIT_OK


def _log_config() -> dict:
    """Uvicorn's own messages and the API's access lines (method, path, status, size,
    time; never a body or a query) to standard error."""
    handler = {"class": "logging.StreamHandler", "formatter": "plain",
               "stream": "ext://sys.stderr"}
    return {"version": 1, "disable_existing_loggers": False,
            "formatters": {"plain": {"format": "%(asctime)s %(name)s %(message)s"}},
            "handlers": {"stderr": handler},
            "loggers": {name: {"handlers": ["stderr"], "level": "INFO", "propagate": False}
                        for name in ("uvicorn", "uvicorn.error", "sos_lang.api")}}
