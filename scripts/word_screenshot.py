"""Render the README's picture of a Word draft checked with ``--annotate``: the first page
as LibreOffice prints it (a marker where each comment sits) beside the comments read back
from the file with python-docx. Needs LibreOffice (``soffice``) and poppler's
``pdftoppm``; only for the documentation.

    python scripts/word_screenshot.py docs/screenshots/word-comments.png
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.word.documents import build_case_document  # noqa: E402


def render(out: Path) -> None:
    import docx
    from PIL import Image, ImageDraw, ImageFont

    from sos_lang.cli import main

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        draft = build_case_document(work / "draft.docx")
        checked = work / "draft-checked.docx"
        main(["check", str(draft), "--annotate", str(checked), "--fail-on", "never"])
        notes = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
        subprocess.run([shutil.which("soffice") or "soffice", "--headless", "--convert-to",
                        notes, "--outdir", str(work), str(checked)], check=True,
                       capture_output=True, env={"HOME": folder, "PATH": "/usr/bin:/bin"})
        subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1",
                        str(work / "draft-checked.pdf"), str(work / "page")], check=True,
                       capture_output=True)
        page = Image.open(next(work.glob("page*.png"))).convert("RGB")
        page = page.crop((0, 0, page.width, int(page.height * 0.42)))
        comments = [comment.text for comment in docx.Document(str(checked)).comments]
    font = ImageFont.load_default(size=13)
    lines: list[str] = []
    for number, comment in enumerate(comments, start=1):
        first, *rest = comment.splitlines() or [""]
        lines += textwrap.wrap(f"{number}. {first}", 70)
        for line in rest:
            lines += textwrap.wrap(f"   {line}", 70, subsequent_indent="   ")
        lines.append("")
    panel_height = max(page.height, 18 * len(lines) + 20)
    image = Image.new("RGB", (page.width + 560, panel_height), "white")
    image.paste(page, (0, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle((page.width, 0, image.width, panel_height), fill=(246, 246, 240))
    for row, line in enumerate(lines):
        draw.text((page.width + 12, 10 + 18 * row), line, fill=(30, 30, 30), font=font)
    image.save(out)
    print(f"{out}: {len(comments)} comments")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    render(parser.parse_args().out)
