"""Word documents in and out: the record text of a .docx with where each character sits
(``layout``), and findings put back as review comments or replacements (``annotate``)."""
