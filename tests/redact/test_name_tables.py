"""The name tables' hand supplement cites its sources, and the tables hold every name it
lists (docs/name-tables.md)."""

from __future__ import annotations

from sos_lang.redact import redact
from sos_lang.redact.rules import folded, rules
from sos_lang.settings import load_yaml


def _groups() -> list[tuple[str, str, dict[str, list[str]]]]:
    supplement = load_yaml("names/supplement.yaml")
    return [(section, name, group) for section in ("first_names", "surnames")
            for name, group in supplement[section].items()]


def test_every_group_cites_sources_and_lists_each_name_once() -> None:
    for section, name, group in _groups():
        sources = group["sources"]
        assert sources and all(source.startswith("http") for source in sources), name
        listed = [*group["names"], *group["unconfirmed"]]
        assert len(listed) == len(set(listed)), (section, name)
        assert group["names"], (section, name)


def test_the_tables_hold_every_supplement_name() -> None:
    tables = {"first_names": rules().first_names, "surnames": rules().surnames}
    for section, name, group in _groups():
        missing = [word for word in [*group["names"], *group["unconfirmed"]]
                   if word.lower() not in tables[section]]
        assert not missing, (section, name, missing)


def test_a_name_is_known_with_or_without_its_accents() -> None:
    """Records write Siân and Sian, Seán and Sean: the tables know both forms."""
    tables = rules()
    assert "sian" in tables.first_names and "siân" in tables.first_names
    assert "seán" in tables.first_names and "sean" in tables.first_names
    assert "zoë" in tables.first_names and "lukáš" in tables.first_names
    assert "tuesday" not in tables.first_names
    assert folded("Łukasz Siân") == "Lukasz Sian"
    assert redact("Not authorised: Seán Pierce. Siân came.", use_model=False)[0] == (
        "Not authorised: [NAME]. [NAME] came.")


def test_a_table_folds_only_the_names_with_accents() -> None:
    """An ASCII name folds to itself, so a NameTable folds only the others and holds the same
    names as folding every one (the tables are built in the first records of every
    process)."""
    from sos_lang.redact.rules import NameTable
    from sos_lang.settings import load_word_list

    for source in ("names/first_names.txt", "names/surnames.txt"):
        names = load_word_list(source)
        assert all(folded(name) == name for name in names if name.isascii())
        assert set(NameTable(names)) == names | {folded(name) for name in names}
    assert set(NameTable(frozenset({"siân", "sam"}))) == {"siân", "sian", "sam"}


def test_the_tables_hold_cyrillic_names_as_uk_documents_romanise_them() -> None:
    """Ukrainian, Russian and Bulgarian names from Faker's Cyrillic locales, in the passport
    romanisation and the English-style one (scripts/build_name_tables.py)."""
    tables = rules()
    for name in ("oleksandr", "halyna", "olena", "dmitrii", "dmitriy", "tatiana", "tatyana"):
        assert name in tables.first_names, name
    assert redact("NINO on the form - Oleksandr Bondarenko, at the flat. Halyna rang.",
                  use_model=False)[0] == "NINO on the form - [NAME], at the flat. [NAME] rang."


def test_the_tables_hold_the_generic_english_names_that_are_no_words() -> None:
    """Faker's generic English given names that are no CMU word are in the tables (Tyreese,
    Jazmyne); those that are words are not added from that list (Queen, Council)."""
    tables = rules()
    assert "tyreese" in tables.first_names and "jazmyne" in tables.first_names
    assert "queen" not in tables.first_names and "council" not in tables.first_names


def test_the_tables_hold_japanese_zulu_scottish_korean_burmese_and_igbo_names() -> None:
    """Issue #16, names no table knew: Faker's ja_JP (romanised) and zu_ZA lists through the
    word filter, and the supplement's sourced Scottish, Japanese, Korean, Burmese and Igbo
    groups; their CMU words (Angus, Win, Moe) are not added."""
    tables = rules()
    for name in ("dumisani", "eilidh", "haruto", "ji-woo", "hlaing", "chinonso"):
        assert name in tables.first_names, name
    for word in ("win", "moe", "thin"):
        assert word not in tables.first_names, word
    assert redact("Texts\nMum: where are u\nSam: at Haruto's, home by 9",
                  use_model=False)[0] == "Texts\nMum: where are u\n[NAME]: at [NAME]'s, home by 9"
    assert redact("Eilidh came in at noon with her coat.",
                  use_model=False)[0] == "[NAME] came in at noon with her coat."
