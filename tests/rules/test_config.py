"""Local config: extra files, overrides, disabled rules and allowed words, for rules of
every scope."""

from __future__ import annotations

from pathlib import Path

import pytest

from sos_lang.analysis import analyse
from sos_lang.cli import main
from sos_lang.rules.config import apply_config, default_rules, find_config
from sos_lang.rules.model import RuleError

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
    lexicon = apply_config(default_rules(), config).lexicon
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
    ('disable = ["plain.no-such-check"]', "no rule"),
    ('disable = ["structure.nothing-*"]', "no rule"),
    ('[override."plain.passive"]\nlabels = ["harm"]', "cannot be overridden"),
    ('[override."structure.*"]\nseverity = "fatal"', "severity"),
    ('[override."plain.passive"]\nalternatives = [1]', "alternatives"),
])
def test_bad_config_is_refused_clearly(tmp_path: Path, body: str, message: str) -> None:
    config = _config(tmp_path, body)
    with pytest.raises(RuleError, match=message):
        apply_config(default_rules(), config)


def test_validate_cli_names_file_entry_and_field(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXTRA.replace("severity: warning", "severity: loud"), encoding="utf-8")
    assert main(["lexicon", "validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.yaml" in err and "local-panel" in err and "severity" in err


PASSIVE = "Sam was hit on the arm by Dad on Monday."


def test_disable_a_sentence_rule(tmp_path: Path) -> None:
    assert "plain.passive" in {f.rule_id for f in analyse(PASSIVE).findings}
    config = _config(tmp_path, 'disable = ["plain.passive"]\n')
    rules = apply_config(default_rules(), config)
    assert "plain.passive" not in {rule.rule_id for rule in rules.rules}
    report = analyse(PASSIVE, config_path=str(config))
    assert "plain.passive" not in {f.rule_id for f in report.findings}


def test_regrade_every_structure_rule(tmp_path: Path) -> None:
    from sos_lang.rules.checks import packaged_checks

    text = "On 2 March Dad hit Sam and Sam told his teacher."
    before = [f for f in analyse(text).findings if f.kind == "structure"]
    assert before and {f.severity for f in before} != {"error"}
    config = _config(tmp_path, '[override."structure.*"]\nseverity = "error"\n'
                               'alternatives = ["Ask your practice lead."]\n')
    rules = apply_config(default_rules(), config)
    structure = [r for r in rules.rules if r.kind == "structure"]
    declared = [r for scope in packaged_checks() for r in scope if r.kind == "structure"]
    assert len(structure) == len(declared) >= 11
    assert {r.severity for r in structure} == {"error"}
    after = [f for f in analyse(text, config_path=str(config)).findings
             if f.kind == "structure"]
    assert [f.rule_id for f in after] == [f.rule_id for f in before]
    assert {f.severity for f in after} == {"error"}
    assert {tuple(f.alternatives) for f in after} == {("Ask your practice lead.",)}


def test_disable_a_score_group_rule_changes_its_group_size(tmp_path: Path) -> None:
    """The evidence score divides by the danger rules in force, not a fixed count."""
    text = "The risk of significant harm to the children remains high."
    config = _config(tmp_path, 'disable = ["structure.danger-without-*"]\n')
    rules = apply_config(default_rules(), config)
    assert rules.score_group_size("danger_statements") == 0
    assert default_rules().score_group_size("danger_statements") == 3
    before = analyse(text)
    after = analyse(text, config_path=str(config))
    assert any(f.rule_id.startswith("structure.danger-") for f in before.findings)
    assert not any(f.rule_id.startswith("structure.danger-") for f in after.findings)
    assert after.scores["evidence"] > before.scores["evidence"]


def test_an_overridden_note_reaches_the_message(tmp_path: Path) -> None:
    """Messages are cached by what they say, so the packaged message never hides a local
    note (a cache by rule id did, once the packaged one had been built)."""
    text = "Mum was non-compliant."
    packaged = next(f for f in analyse(text).findings if f.kind == "deficit")
    config = _config(tmp_path, f'[override."{packaged.rule_id}"]\nnote = "Say what was asked."\n')
    local = next(f for f in analyse(text, config_path=str(config)).findings
                 if f.rule_id == packaged.rule_id)
    assert local.message.endswith("Say what was asked.")
    assert local.message != packaged.message
