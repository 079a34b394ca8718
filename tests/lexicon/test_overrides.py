"""Local vocabulary: extra files, overrides, disabled rules and allowed words."""

from __future__ import annotations

from pathlib import Path

import pytest

from sos_lang.analysis import analyse
from sos_lang.cli import main
from sos_lang.lexicon.loader import default_lexicon
from sos_lang.lexicon.overrides import apply_config, find_config
from sos_lang.lexicon.schema import LexiconError

EXTRA = """vocabulary: jargon
entries:
  - id: local-panel
    subtype: care_jargon
    terms: [resource panel]
    alternatives: [the meeting that decides on support]
    note: Families do not know what the panel is.
    source: local practice guide
    severity: warning
    examples: {flag: [The resource panel met.], no_flag: [The fence panel broke.]}
"""


def _config(tmp_path: Path, body: str) -> Path:
    (tmp_path / "local.yaml").write_text(EXTRA, encoding="utf-8")
    path = tmp_path / "sos-lang.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_extra_disable_allow_override(tmp_path: Path) -> None:
    config = _config(tmp_path, """
lexicon_files = ["local.yaml"]
disable = ["jargon.care-contact"]
allow = ["LAC"]
[override."jargon.complex-prior-to"]
severity = "warning"
""")
    lexicon = apply_config(default_lexicon(), config)
    assert lexicon.get("jargon.local-panel")
    with pytest.raises(KeyError):
        lexicon.get("jargon.care-contact")
    assert lexicon.get("jargon.complex-prior-to").severity == "warning"
    report = analyse("The resource panel met prior to contact with the LAC team.",
                     config_path=str(config))
    rules = {f.rule_id for f in report.findings}
    assert "jargon.local-panel" in rules and "jargon.care-contact" not in rules
    assert not any(f.text == "LAC" for f in report.findings)


def test_config_found_in_working_directory(tmp_path: Path, monkeypatch) -> None:
    _config(tmp_path, 'disable = ["jargon.care-contact"]\n')
    monkeypatch.chdir(tmp_path)
    assert find_config() == tmp_path / "sos-lang.toml"


def test_pyproject_section(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.sos_lang]\nallow = ["CAMHS"]\n')
    assert find_config(directory=tmp_path) == tmp_path / "pyproject.toml"


@pytest.mark.parametrize(("body", "message"), [
    ('disable = ["jargon.no-such-rule"]', "no rule"),
    ('[override."jargon.complex-prior-to"]\nterms = ["x"]', "cannot be overridden"),
    ('[override."jargon.complex-prior-to"]\nseverity = "fatal"', "severity"),
    ("nonsense = 1", "unknown setting"),
    ("allow = [", "not valid TOML"),
])
def test_bad_config_is_refused_clearly(tmp_path: Path, body: str, message: str) -> None:
    config = _config(tmp_path, body)
    with pytest.raises(LexiconError, match=message):
        apply_config(default_lexicon(), config)


def test_validate_cli_names_file_entry_and_field(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXTRA.replace("severity: warning", "severity: loud"), encoding="utf-8")
    assert main(["lexicon", "validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.yaml" in err and "local-panel" in err and "severity" in err
