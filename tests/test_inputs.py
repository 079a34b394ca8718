"""Decoding and reading records: every bad input gets a clear InputError."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest

from sos_lang.inputs import (
    InputError,
    decode_bytes,
    file_encoding,
    read_stdin_bytes,
    read_text_file,
    text_from_bytes,
)

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


# --- issue #22: resource bombs and XML bombs in single documents ------------------------

_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(document_xml: bytes) -> bytes:
    """A minimal Word file around this document.xml (what python-docx needs to open it)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="applicati'
            'on/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" Conten'
            'tType="application/xml"/><Override PartName="/word/document.xml" ContentType="app'
            'lication/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '</Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxm'
            'lformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://sch'
            'emas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
            '"word/document.xml"/></Relationships>'))
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def _body(paragraphs: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_WORD}"><w:body>'
            f'{paragraphs}</w:body></w:document>').encode()


def test_a_small_docx_that_unpacks_to_millions_of_characters_is_refused_early() -> None:
    """The probe's bomb: a few hundred KB unpacking to 68.7 M characters; here 3 M."""
    paragraph = "<w:p><w:r><w:t>" + "Dad hit Sam. " * 1000 + "</w:t></w:r></w:p>"
    data = _docx(_body(paragraph * 230))
    assert len(data) < 100_000
    with pytest.raises(InputError, match="more than the 1,000,000 characters allowed for one"):
        text_from_bytes(data, "bomb.docx")


def test_a_docx_under_the_cap_still_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _docx(_body("<w:p><w:r><w:t>Dad hit Sam on Monday.</w:t></w:r></w:p>"))
    assert text_from_bytes(data, "note.docx") == "Dad hit Sam on Monday."
    monkeypatch.setenv("SOS_LANG_MAX_RECORD_CHARS", "10")
    with pytest.raises(InputError, match="more than the 10 characters allowed"):
        text_from_bytes(data, "note.docx")


def test_a_docx_part_unpacking_past_the_xml_limit_is_refused_while_unpacking() -> None:
    empty_runs = "<w:p>" + "<w:r/>" * (6 * 1024 * 1024) + "</w:p>"  # 36 MiB, no text
    with pytest.raises(InputError, match="unpacks to more than 32 MiB"):
        text_from_bytes(_docx(_body(empty_runs)), "markup.docx")


_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                     for i in range(1, 10))
           + "]>")


def test_a_billion_laughs_docx_gets_a_clear_error() -> None:
    document = (_LAUGHS + f'<w:document xmlns:w="{_WORD}"><w:body><w:p><w:r><w:t>&lol9;'
                '</w:t></w:r></w:p></w:body></w:document>').encode()
    with pytest.raises(InputError, match="possible XML bomb"):
        text_from_bytes(_docx(document), "laughs.docx")


def test_text_files_and_standard_input_over_the_cap_are_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOS_LANG_MAX_RECORD_CHARS", "1000")
    path = tmp_path / "long.txt"
    path.write_text("word " * 201, encoding="utf-8")
    with pytest.raises(InputError, match="has 1,005 characters, more than the 1,000 characters"):
        read_text_file(path)
    path.write_bytes(b"word " * 2000)  # refused from its size, before decoding
    with pytest.raises(InputError, match="more than the 1,000"):
        read_text_file(path)
    with pytest.raises(InputError, match="standard input"):
        read_stdin_bytes(io.BytesIO(b"x" * 5000))
    monkeypatch.setenv("SOS_LANG_MAX_RECORD_CHARS", "lots")
    with pytest.raises(InputError, match="whole number"):
        read_text_file(path)
