"""A case-template-like .docx built with python-docx for the Word round-trip tests:
several runs a paragraph with bold and italic, a table of sections, a header and footer,
and a text box stored twice (DrawingML choice and VML fallback) as Word writes it."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

_NAMESPACES = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
               'xmlns:v="urn:schemas-microsoft-com:vml" '
               'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
               'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _text_box_run(text: str) -> str:
    """A run holding a text box in both forms; only one copy is text of the record."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (f"<w:r {_NAMESPACES}><mc:AlternateContent>"
            f'<mc:Choice Requires="wps"><w:pict><v:shape style="width:200pt;height:40pt">'
            f"<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Choice>"
            f'<mc:Fallback><w:pict><v:shape style="width:200pt;height:40pt">'
            f"<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
            f"</mc:AlternateContent></w:r>")


def build_case_document(path: Path) -> Path:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Family Assessment, CIN plan review"
    section.footer.paragraphs[0].text = "Page 1 footer"
    document.add_heading("Assessment of Jay", level=1)
    paragraph = document.add_paragraph()
    paragraph.add_run("Mum was ")
    paragraph.add_run("non-compliant").bold = True
    paragraph.add_run(" with the plan and ")
    paragraph.add_run("failed to").italic = True
    paragraph.add_run(" attend the conference prior to the visit.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "What are we worried about?"
    table.cell(0, 1).text = "Dad is aggressive and uncooperative."
    table.cell(1, 0).text = "What is working well?"
    table.cell(1, 1).text = "Nan walks Jay to school every day."
    paragraph = document.add_paragraph("A note in a box: ")
    paragraph._p.append(parse_xml(_text_box_run("The LAC review is due prior to Christmas.")))
    document.add_paragraph("Jay said he feels safe at home.")
    document.save(str(path))
    return path
