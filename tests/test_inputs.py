"""Decoding and reading records: every bad input gets a clear InputError."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest

from sos_lang.inputs import InputError, decode_bytes, file_encoding, read_text_file

TEXT = "Mum’s café visit — Sam said “hello”."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_decodes_unicode_encodings(encoding: str) -> None:
    assert decode_bytes(TEXT.encode(encoding)) == TEXT


def test_decodes_cp1252() -> None:
    text = "Mum’s visit — the children’s café was closed, so we met at Gran’s house instead."
    assert decode_bytes(text.encode("cp1252")) == text


def test_decodes_latin1() -> None:
    text = "Señora Gómez said the niño was well fed and happy at home."
    assert decode_bytes(text.encode("latin-1")) == text


def test_keeps_newlines_as_they_are() -> None:
    assert decode_bytes(b"one\r\ntwo\r\n") == "one\r\ntwo\r\n"


def test_refuses_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xfe\x00")


def test_refuses_bad_bom() -> None:
    with pytest.raises(InputError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfa")


def test_read_errors_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="folder"):
        read_text_file(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(InputError, match="empty"):
        read_text_file(empty)


def test_reads_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Mum was non-compliant.")
    document.add_paragraph("Sam is happy at school.")
    path = tmp_path / "record.docx"
    document.save(str(path))
    assert read_text_file(path) == "Mum was non-compliant.\nSam is happy at school."


def test_refuses_truncated_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("text")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "broken.docx"
    path.write_bytes(buffer.getvalue()[:500])
    with pytest.raises(InputError, match=r"not a readable \.docx"):
        read_text_file(path)


def test_refuses_docx_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (120 * 1024 * 1024))
    with pytest.raises(InputError, match="unpacks to"):
        read_text_file(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32", "utf-16-le", "cp1252"])
def test_tables_and_documents_share_one_decoding_policy(tmp_path: Path, encoding: str) -> None:
    text = "record_id,text\nR1,Café visit – Dad hit Sam.\n"
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode(encoding))
    with path.open("r", encoding=file_encoding(path), newline="") as stream:
        assert stream.read() == text
    assert decode_bytes(text.encode(encoding)) == text
