"""Take the README screenshots from the running app (run once, by hand).

    .venv/bin/python scripts/screenshots.py             # builds a 2000-record demo store
    .venv/bin/python scripts/screenshots.py --store sqlite:///sos_lang.db

Writes docs/screenshots/draft.png (the sample draft, checked),
docs/screenshots/trends.png (the trends page) and docs/screenshots/compare.png (the sample
draft of sos_lang/data/sample_compare_*.txt checked against its transcript; `--pages
compare` takes only that one). Needs Debian's Chromium
(apt-get install -y chromium) and Playwright's Python package (pip install playwright);
the app is started with `python -m sos_lang app`, as a user starts it.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sos_lang.app.serve import (
    check_draft_in_browser,
    chromium_page,
    compare_in_browser,
    open_trends_in_browser,
    running_app,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DRAFT = ROOT / "sos_lang" / "data" / "sample_draft.txt"
COMPARE_DRAFT = ROOT / "sos_lang" / "data" / "sample_compare_draft.txt"
COMPARE_SOURCE = ROOT / "sos_lang" / "data" / "sample_compare_source.txt"
PAGES = ("draft", "trends", "compare")


def build_demo_store(folder: Path, records: int, seed: int, workers: int) -> str:
    """Audit a synthetic export into a new SQLite store, as `sos-lang demo --no-app` does."""
    from sos_lang.audit.runner import AnalysisOptions, run_audit
    from sos_lang.demo import write_csv
    from sos_lang.store import Store

    export = folder / "demo.csv"
    write_csv(export, count=records, seed=seed)
    url = f"sqlite:///{folder / 'demo.db'}"
    store = Store(url)
    try:
        print(run_audit([str(export)], store, options=AnalysisOptions(profile="fast"),
                        workers=workers, progress=True).line())
    finally:
        store.close()
    return url


def take(store: str, out: Path, pages: tuple[str, ...] = PAGES) -> None:
    """Check the sample draft, open the trends page and compare the sample draft with its
    transcript, saving one PNG of each page asked for."""
    out.mkdir(parents=True, exist_ok=True)
    with running_app(store, cwd=ROOT) as url:
        if "draft" in pages:
            with chromium_page(width=1400, height=2000) as page:
                check_draft_in_browser(page, url, SAMPLE_DRAFT.read_text(encoding="utf-8"))
                time.sleep(2)  # let the columns and tables finish drawing
                page.screenshot(path=str(out / "draft.png"))
        if "trends" in pages:
            with chromium_page(width=1400, height=2300) as page:
                open_trends_in_browser(page, url)
                page.locator(".vega-embed").nth(2).wait_for(timeout=120_000)
                time.sleep(3)
                page.screenshot(path=str(out / "trends.png"))
        if "compare" in pages:
            with chromium_page(width=1400, height=1300) as page:
                compare_in_browser(page, url, COMPARE_DRAFT.read_text(encoding="utf-8"),
                                   COMPARE_SOURCE.read_text(encoding="utf-8"))
                time.sleep(2)
                page.screenshot(path=str(out / "compare.png"), full_page=True)
    print("wrote " + ", ".join(str(out / f"{name}.png") for name in pages))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="an existing store URL (default: build a demo store)")
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--pages", nargs="+", choices=PAGES, default=list(PAGES))
    args = parser.parse_args()
    if args.store:
        take(args.store, args.out, tuple(args.pages))
        return
    with tempfile.TemporaryDirectory(prefix="sos_lang_screens_") as folder:
        take(build_demo_store(Path(folder), args.records, args.seed, args.workers), args.out,
             tuple(args.pages))


if __name__ == "__main__":
    main()
