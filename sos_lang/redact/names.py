"""Span finders for people's names: the entity recogniser and the record's family list,
and the tests that tell a name from a word, a place, a role or a heading."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from sos_lang.redact.lines import in_lower_case_line, line_start, sentence_start
from sos_lang.redact.rules import rules
from sos_lang.redact.spans import RedactedSpan


@functools.lru_cache(maxsize=1)
def ner():  # type: ignore[no-untyped-def]
    """The statistical pipeline with only what NER needs (loaded once, offline)."""
    import spacy

    from sos_lang.pipeline import model_package

    return spacy.load(model_package(), exclude=["parser", "lemmatizer", "attribute_ruler",
                                                "tagger"])


def used_as_word(text: str, start: int, end: int, is_word: bool) -> bool:
    """Whether the capitalised word at [start, end) is a word or a place here, not a name
    (in April, moved to Hull, Rose Cottage; and for names that are words, Will the ...)."""
    found = rules()
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    possessive = after[:1] in ("'", "’")
    if found.word_before.search(before) and not possessive:
        return True
    if found.word_after.match(after):
        return True
    return is_word and start == sentence_start(text, start) and bool(
        found.word_after_word.match(after))


def not_a_name(text: str) -> bool:
    """A role or a field label (SW, Gender), or a place: a "name" of several words that ends
    in a place word (Calder Road Surgery) or starts like one (St Mary's, HMP Leeds)."""
    found = rules()
    head, _, last = text.rpartition(" ")
    return (text.lower() in found.not_names or text.startswith(found.not_name_prefixes)
            or (bool(head) and found.place_last_word.fullmatch(last) is not None))


def in_heading(text: str, position: int, name: str) -> bool:
    """Whether a model's upper-case "person" opens an upper-case line, a heading ("MARAC
    REFERRAL (RIC score 16)"); names in capitals after a label are found by the label
    patterns."""
    return name.isupper() and text[line_start(text, position):position + len(name)].isupper()


def model_name_spans(text: str) -> list[RedactedSpan]:
    """People the entity recogniser finds, less roles, digits, lower-case guesses and words
    used as places."""
    spans = []
    for entity in ner()(text).ents:
        # A person's name has a capital, no digits and no line break: "S31", "Flat 2", the
        # model's lower-case guesses ("rang nan") and "RECORD\nChild" are not names;
        # shorthand names come from the family list.
        if (entity.label_ == "PERSON" and not not_a_name(entity.text)
                and "\n" not in entity.text and not any(ch.isdigit() for ch in entity.text)
                and any(ch.isupper() for ch in entity.text)
                and not used_as_word(text, entity.start_char, entity.end_char, False)
                and not in_heading(text, entity.start_char, entity.text)):
            spans.append(RedactedSpan(entity.start_char, entity.end_char, "NAME",
                                      entity.text))
    return spans


def family_name_spans(text: str, family_names: Iterable[str]) -> list[RedactedSpan]:
    """Where the record's own family names occur. A name that is also a word (Hope, Rose,
    Bill) matches only with a capital, so it is not redacted where it is used as the word,
    except on a line with no capitals at all (a shorthand note: "msg from dean"); other
    names match in lower case too."""
    words = rules().names_that_are_words
    spans = []
    for name in {n.strip() for n in family_names if n and n.strip()}:
        forms = {name, name[:1].upper() + name[1:], name.upper()}
        is_word = name.lower() in words
        if not is_word:
            forms.add(name.lower())
        pattern = r"\b(" + "|".join(re.escape(form) for form in sorted(forms)) + r")\b"
        matches = list(re.finditer(pattern, text))
        if is_word:
            matches += [match for match in re.finditer(rf"\b{re.escape(name.lower())}\b", text)
                        if in_lower_case_line(text, match.start())]
        for match in matches:
            if not used_as_word(text, match.start(), match.end(), is_word):
                spans.append(RedactedSpan(match.start(), match.end(), "NAME", match.group()))
    return spans
