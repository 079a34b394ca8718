"""The name tables' hand supplement cites its sources, and the tables hold every name it
lists (docs/name-tables.md)."""

from __future__ import annotations

from sos_lang.redact.rules import rules
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
