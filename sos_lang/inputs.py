"""Reading one record's document (.txt, .md, .docx bytes or files), with clear errors.

Owns the one decoding policy: ``sniff_encoding`` decides the codec for a whole
document here and for the sample the table readers (``audit/readers.py``) open
a CSV with. Offsets in every report point into the text as decoded here, so
decoding never rewrites the text (no newline translation, no normalisation).
"""

from __future__ import annotations

import codecs
import io
import stat
import zipfile
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest file accepted for one record (50 MiB)."""

MAX_DOCX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
"""A .docx whose parts unpack to more than this is refused (zip bomb guard)."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(ValueError):
    """Input that cannot be analysed; the message is one line for the user."""


def _looks_like_utf16_without_bom(data: bytes) -> str | None:
    """Tell UTF-16 without a BOM by its NUL bytes on alternate positions."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def sniff_encoding(data: bytes, complete: bool = True) -> str | None:
    """The codec for these bytes: BOM, UTF-16 without BOM, UTF-8, Windows-1252, then a guess.

    ``complete`` is False for a sample cut from a longer file, where a UTF-8
    character cut by the sample's end still counts as UTF-8. None when no codec fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    utf16 = _looks_like_utf16_without_bom(data)
    if utf16:
        try:
            data.decode(utf16) if complete else data[:len(data) // 2 * 2].decode(utf16)
            return utf16
        except UnicodeDecodeError:
            pass
    try:
        data.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if not complete and exc.start > len(data) - 4:
            return "utf-8-sig"
    try:
        # Windows-1252 is what UK case systems export; Latin-1 text decodes the same way.
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        pass
    guess = charset_normalizer.from_bytes(data).best()
    return guess.encoding if guess is not None else None


def file_encoding(path: Path, sample_bytes: int = 1 << 16) -> str:
    """The codec to open a table file with, from its first bytes (Windows-1252 if none fits).

    Readers open the file with ``errors="surrogateescape"``, so a row that does not
    decode becomes that row's error rather than the file's.
    """
    with path.open("rb") as stream:
        sample = stream.read(sample_bytes + 1)
    complete = len(sample) <= sample_bytes
    return sniff_encoding(sample[:sample_bytes], complete=complete) or "cp1252"


def decode_bytes(data: bytes, source: str = "input") -> str:
    """Decode one document's bytes with the policy of ``sniff_encoding``.

    Raises InputError for binary data or text that decodes to nothing usable.
    """
    encoding = sniff_encoding(data)
    has_bom = any(data.startswith(bom) for bom, _ in _BOMS)
    wide = (encoding or "").startswith(("utf-16", "utf-32"))
    if not has_bom and not wide and b"\x00" in data:
        # NUL bytes never occur in text files outside UTF-16/32 (as git and grep assume)
        raise InputError(f"{source}: looks like a binary file, not text")
    if encoding is None:
        raise InputError(f"{source}: cannot tell the text encoding; save it as UTF-8")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if has_bom:
            raise InputError(f"{source}: starts with a {encoding} byte-order mark "
                             f"but is not valid {encoding}") from exc
        raise InputError(f"{source}: cannot tell the text encoding; save it as UTF-8") from exc


def check_text(text: str, source: str = "input") -> str:
    """Refuse text with nothing to analyse; return it unchanged otherwise."""
    if not text.strip():
        raise InputError(f"{source}: is empty")
    return text


def _docx_text(source: Path | BinaryIO, name: str) -> str:
    """Paragraph text of a .docx path or stream, refusing archives that unpack too large."""
    import docx  # python-docx: a dependency, imported late to keep start-up fast

    try:
        with zipfile.ZipFile(source) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{name}: is not a readable .docx file ({exc})") from exc
    if unpacked > MAX_DOCX_UNCOMPRESSED_BYTES:
        raise InputError(f"{name}: unpacks to {unpacked // (1024 * 1024)} MiB, more than the "
                         f"{MAX_DOCX_UNCOMPRESSED_BYTES // (1024 * 1024)} MiB allowed")
    if not isinstance(source, Path):
        source.seek(0)
    try:
        document = docx.Document(str(source) if isinstance(source, Path) else source)
    except Exception as exc:  # python-docx raises many kinds for broken files
        raise InputError(f"{name}: is not a readable .docx file ({type(exc).__name__})") from exc
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def _read_docx(path: Path) -> str:
    return _docx_text(path, str(path))


def text_from_bytes(data: bytes, name: str) -> str:
    """Read one uploaded record (.txt/.md/.docx bytes) in memory, so uploads never touch disk.

    Same decoding and errors as read_text_file; name is the file name shown in messages.
    """
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{name}: is {len(data) // (1024 * 1024)} MiB, more than the "
                         f"{MAX_FILE_BYTES // (1024 * 1024)} MiB allowed for one record")
    if name.lower().endswith(".docx"):
        return check_text(_docx_text(io.BytesIO(data), name), name)
    return check_text(decode_bytes(data, name), name)


def read_text_file(path: str | Path) -> str:
    """Read one record from a .txt/.md/.docx file, with a clear error for bad files."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: is not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(f"{path}: is {info.st_size // (1024 * 1024)} MiB, more than the "
                         f"{MAX_FILE_BYTES // (1024 * 1024)} MiB allowed for one record")
    if path.suffix.lower() == ".docx":
        return check_text(_read_docx(path), str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    return check_text(decode_bytes(data, str(path)), str(path))
