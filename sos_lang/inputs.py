"""Reading one record's document (.txt, .md, .docx bytes or files), with clear errors.

Owns the one decoding policy: ``sniff_encoding`` decides the codec for a whole
document here and for the sample the table readers (``audit/readers.py``) open
a CSV with. Offsets in every report point into the text as decoded here, so
decoding never rewrites the text (no newline translation, no normalisation).
"""

from __future__ import annotations

import codecs
import io
import os
import stat
import zipfile
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest file accepted for one record (50 MiB)."""

MAX_DOCX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
"""A .docx whose parts unpack to more than this is refused (zip bomb guard)."""

MAX_DOCX_XML_BYTES = 32 * 1024 * 1024
"""A .docx XML part that unpacks to more than this is refused while it is unpacked: the
XML of a document at the record cap is a few MiB, and python-docx holds the whole
tree in memory (about ten times the XML)."""

DEFAULT_MAX_RECORD_CHARS = 1_000_000
"""About 1 MB of text, some 150,000 words: far beyond any case note or report, so a record
over it is a wrongly mapped column, a corrupt export or an attack (issue #22: a 373 KB
.docx that unpacked to 68.7 M characters took 11.5 GB to check)."""

MAX_RECORD_CHARS_ENV = "SOS_LANG_MAX_RECORD_CHARS"

BATCH_CHARS = 4_000_000
"""Characters of record text handled together (an audit chunk, one conversion of Arrow
strings to Python), so memory follows the text, not the number of rows."""

_WORD_TEXT = "http://schemas.openxmlformats.org/wordprocessingml/2006/main t"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(ValueError):
    """Input that cannot be analysed; the message is one line for the user."""


def max_record_chars() -> int:
    """The most characters one record may hold: $SOS_LANG_MAX_RECORD_CHARS, or 1,000,000.

    Applies to drafts, files, standard input and every audited record (text
    extracted from .docx files included), since analysis memory grows with the text.
    """
    raw = os.environ.get(MAX_RECORD_CHARS_ENV, "").strip().replace("_", "").replace(",", "")
    if not raw:
        return DEFAULT_MAX_RECORD_CHARS
    value = int(raw) if raw.isdigit() else 0
    if value < 1:
        raise InputError(f"{MAX_RECORD_CHARS_ENV} must be a whole number of characters "
                         "above 0")
    return value


def over_limit(length: int | None, limit: int) -> str:
    """The reason for a record over the cap (length None: counting stopped at the cap)."""
    counted = f"has {length:,} characters," if length is not None else "has"
    return (f"{counted} more than the {limit:,} characters allowed for one record "
            f"(set {MAX_RECORD_CHARS_ENV} to change the limit)")


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


def check_record(text: str, source: str = "input") -> str:
    """Refuse input text that is empty or longer than one record may hold (the cap guards
    every edge where text comes in: files, standard input, uploads, pasted drafts)."""
    check_text(text, source)
    limit = max_record_chars()
    if len(text) > limit:
        raise InputError(f"{source}: {over_limit(len(text), limit)}")
    return text


def _check_byte_size(size: int, source: str) -> None:
    """Refuse bytes that must decode to more characters than the cap (4 bytes a character
    at most in UTF-8, UTF-16 and UTF-32), before decoding them."""
    limit = max_record_chars()
    if size > 4 * limit + 4:
        raise InputError(f"{source}: {over_limit(None, limit)}")


def read_stdin_bytes(stream: BinaryIO) -> bytes:
    """Standard input, reading no more than a record at the cap can need."""
    data = stream.read(4 * max_record_chars() + 5)
    _check_byte_size(len(data), "standard input")
    return data


def _guard_docx_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str,
                     limit: int | None) -> None:
    """Unpack one XML part in slices, with no tree: refuse a DTD or entity declaration (XML
    bombs; Word never writes one), more than MAX_DOCX_XML_BYTES, or, for the document
    body (``limit`` set), more than ``limit`` characters of text."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    counted = 0
    inside_text = 0

    def refuse_dtd(*_args: object) -> None:
        raise InputError(f"{name}: declares XML entities or a DTD, which Word files never "
                         "do; refused as a possible XML bomb")

    def start(tag: str, _attributes: object) -> None:
        nonlocal inside_text
        inside_text += tag == _WORD_TEXT

    def end(tag: str) -> None:
        nonlocal inside_text
        inside_text -= tag == _WORD_TEXT

    def characters(data: str) -> None:
        nonlocal counted
        if inside_text and limit is not None:
            counted += len(data)
            if counted > limit:
                raise InputError(f"{name}: {over_limit(None, limit)}")

    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_dtd
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    unpacked = 0
    with archive.open(info) as stream:
        while chunk := stream.read(1 << 16):
            unpacked += len(chunk)
            if unpacked > MAX_DOCX_XML_BYTES:
                raise InputError(f"{name}: {info.filename} unpacks to more than "
                                 f"{MAX_DOCX_XML_BYTES // (1024 * 1024)} MiB; refused")
            try:
                parser.Parse(chunk, False)
            except expat.ExpatError as exc:
                raise InputError(f"{name}: is not a readable .docx file (broken XML in "
                                 f"{info.filename})") from exc
        try:
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise InputError(f"{name}: is not a readable .docx file (broken XML in "
                             f"{info.filename})") from exc


def refuse_oversized_archive(archive: zipfile.ZipFile, name: str, allowed: int) -> None:
    """Refuse an archive (.docx, .xlsx) whose parts declare more than ``allowed`` bytes
    unpacked, before a reader builds them in memory (a zip bomb). The declared sizes are
    upper bounds: the zip reader stops at them."""
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > allowed:
        raise InputError(f"{name}: unpacks to {unpacked // (1024 * 1024):,} MiB, more than "
                         f"the {allowed // (1024 * 1024):,} MiB allowed")


def _guard_docx(source: Path | BinaryIO, name: str) -> None:
    """Refuse a .docx before python-docx builds it in memory: too large unpacked, an XML
    bomb, or more text than one record may hold (counted while unpacking, so a small
    archive that unpacks to 95 MiB stops at the cap)."""
    limit = max_record_chars()
    try:
        with zipfile.ZipFile(source) as archive:
            refuse_oversized_archive(archive, name, MAX_DOCX_UNCOMPRESSED_BYTES)
            for info in archive.infolist():
                if info.filename.lower().endswith((".xml", ".rels")):
                    body = info.filename == "word/document.xml"
                    _guard_docx_part(archive, info, name, limit if body else None)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError,
            NotImplementedError, RuntimeError) as exc:
        raise InputError(f"{name}: is not a readable .docx file ({exc})") from exc


def _docx_text(source: Path | BinaryIO, name: str) -> str:
    """The record text of a .docx path or stream: body paragraphs in order with table cells
    and text boxes, then headers and footers (``word.layout``), once ``_guard_docx`` has let
    it through."""
    from sos_lang.word.annotate import open_document
    from sos_lang.word.layout import read_layout

    return read_layout(open_document(source, name)).text


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
        return check_record(_docx_text(io.BytesIO(data), name), name)
    _check_byte_size(len(data), name)
    return check_record(decode_bytes(data, name), name)


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
        return check_record(_read_docx(path), str(path))
    _check_byte_size(info.st_size, str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    return check_record(decode_bytes(data, str(path)), str(path))
