"""Take the README screenshots from the running app (run once, by hand).

    .venv/bin/python scripts/screenshots.py             # builds a 2000-record demo store
    .venv/bin/python scripts/screenshots.py --store sqlite:///sos_lang.db

Writes docs/screenshots/draft.png (the sample draft, checked) and
docs/screenshots/trends.png (the trends page). Needs Debian's Chromium
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
    open_trends_in_browser,
    running_app,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DRAFT = ROOT / "sos_lang" / "data" / "sample_draft.txt"


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


def take(store: str, out: Path) -> None:
    """Check the sample draft and open the trends page, saving one PNG of each."""
    out.mkdir(parents=True, exist_ok=True)
    with running_app(store, cwd=ROOT) as url:
        with chromium_page(width=1400, height=2000) as page:
            check_draft_in_browser(page, url, SAMPLE_DRAFT.read_text(encoding="utf-8"))
            time.sleep(2)  # let the columns and tables finish drawing
            page.screenshot(path=str(out / "draft.png"))
        with chromium_page(width=1400, height=2300) as page:
            open_trends_in_browser(page, url)
            page.locator(".vega-embed").nth(2).wait_for(timeout=120_000)
            time.sleep(3)
            page.screenshot(path=str(out / "trends.png"))
    print(f"wrote {out / 'draft.png'} and {out / 'trends.png'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="an existing store URL (default: build a demo store)")
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if args.store:
        take(args.store, args.out)
        return
    with tempfile.TemporaryDirectory(prefix="sos_lang_screens_") as folder:
        take(build_demo_store(Path(folder), args.records, args.seed, args.workers), args.out)


if __name__ == "__main__":
    main()
