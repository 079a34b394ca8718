"""Safe rewriting: only entries marked safe, capitals kept, quotes untouched."""

from __future__ import annotations

from sos_lang.cli import main
from sos_lang.lexicon.loader import default_lexicon
from sos_lang.rewrite import match_case, rewrite, unified_diff


def test_match_case() -> None:
    assert match_case("Prior to", "before") == "Before"
    assert match_case("prior to", "before") == "before"
    assert match_case("PRIOR TO", "before") == "BEFORE"


def test_rewrites_safe_entries_keeping_capitals() -> None:
    text = "Prior to the visit we will utilise the notes. We met prior to school."
    assert rewrite(text) == "Before the visit we will use the notes. We met before school."


def test_keeps_inflection_and_us_spelling() -> None:
    assert rewrite("She utilized the money and commenced work.") == \
        "She used the money and started work."


def test_never_touches_quoted_speech() -> None:
    text = "Mum said: \"We need to utilise the time.\" We will meet prior to Friday."
    assert rewrite(text) == "Mum said: \"We need to utilise the time.\" We will meet before Friday."


def test_unsafe_entries_stay_suggestions() -> None:
    text = "Mum was non-compliant and contact is on Friday."
    assert rewrite(text) == text


def test_every_rewrite_entry_is_complex_wording() -> None:
    for entry in default_lexicon().entries:
        if entry.rewrite:
            assert entry.vocabulary == "jargon" and entry.subtype == "complex", entry.rule_id


def test_cli_diff(tmp_path, capsys) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("We met prior to school.\n", encoding="utf-8")
    assert main(["rewrite", str(path), "--diff"]) == 0
    out = capsys.readouterr().out
    assert "-We met prior to school." in out and "+We met before school." in out
    assert unified_diff("a\n", "a\n") == ""


def test_findings_carry_the_safe_replacement() -> None:
    from sos_lang.analysis import analyse

    report = analyse("Prior to the visit Mum was non-compliant.")
    by_text = {f.text: f for f in report.findings}
    assert by_text["Prior to"].replacement == "Before"
    assert by_text["non-compliant"].replacement is None
    dumped = [f for f in report.to_dict()["findings"] if f["kind"] in ("deficit", "jargon")]
    assert [f.get("replacement") for f in dumped] == ["Before", None]
    assert "replacement" not in dumped[1], "the field is optional: absent when there is none"


def test_rewrite_reads_the_report_without_analysing_again(monkeypatch) -> None:
    import sos_lang.analysis
    from sos_lang.analysis import analyse
    from sos_lang.rewrite import apply_replacements, plan_rewrite

    report = analyse("We met prior to school.")

    def no_second_analysis(*args, **kwargs):
        raise AssertionError("the text was analysed a second time")

    monkeypatch.setattr(sos_lang.analysis, "analyse", no_second_analysis)
    monkeypatch.setattr(sos_lang.analysis, "_analyse_with", no_second_analysis)
    changes = plan_rewrite(report)
    assert [(c.original, c.replacement) for c in changes] == [("prior to", "before")]
    assert apply_replacements("We met prior to school.", changes) == "We met before school."
