"""Comparing a draft with its sources: sentence alignment by idf-weighted coverage of
stems and paraphrase groups, then five checks (see the README section "Check a draft
against its notes"). Offline and explainable: every finding names the source passage."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sos_lang.compare.report import ComparisonReport, SourceFinding
from sos_lang.compare.sources import (
    Sentence,
    age_of,
    child_names,
    outside_brackets,
    read_source,
    speaker_labels,
    spoken,
)
from sos_lang.compare.text import (
    Clock,
    Quantity,
    Word,
    clock_times,
    concepts,
    counted_things,
    counts_at,
    draft_ages,
    month_of,
    months_in,
    number_spans,
    number_values,
    occasions,
    quantities,
    quantity_changed,
    quantity_given,
    source_ages,
    words,
)
from sos_lang.compare.vocabulary import (
    antonyms,
    is_known_name,
    not_a_statement,
    stem,
    vocabulary,
)
from sos_lang.inputs import InputError, check_record
from sos_lang.lexicon.people import people_rules
from sos_lang.readability import wordnet_word
from sos_lang.settings import load_word_list
from sos_lang.statements.model import Classification

SETTINGS = {"unsupported_below": 0.34, "attribution_above": 0.2, "child_covered": 0.5,
            "child_paraphrased": 0.6, "opinion_supported": 0.5,
            "left_out_below": 0.35, "left_out_confidence": 0.5, "min_words": 4,
            "fragment_age_below": 10, "speaker_changed_above": 0.5, "speaker_margin": 0.15,
            "staff_danger_confidence": 0.9, "quantity_clause_words": 2,
            "exclusive_second_passage_words": 3, "opening_line_words": 40,
            "frame_line_words": 12, "child_self_min_words": 2,
            "child_account_confidence": 0.5, "polarity_aligned_above": 0.35,
            "count_phrase_words": 3}
"""Thresholds, chosen on the development pairs only (scripts/score_compare.py --part dev)."""

CHECKS = ("unsupported", "invented_specific", "attribution_lost", "wording_introduced",
          "left_out", "paraphrase", "numbers", "speakers", "reported", "exclusive",
          "months", "names_line", "polarity", "counts", "quantities", "weekdays", "hedges",
          "judgements", "carried", "frame", "steps", "habits", "inside", "child_account",
          "done", "antonyms", "labels", "shorthand")
"""Components that the ablation switches off one at a time."""

_ATTRIBUTED_HEADING = re.compile(r"\b(told|said|says|view|account|reported|explained)\b",
                                 re.IGNORECASE)
_DRAFT_QUOTE = re.compile(r"[\"“]([^\"“”]{2,600})[\"”]")
_PLAN = re.compile(r"\b(will|is to|are to)\b|^\S+(?: and \S+)? to\b")
"""A next step ('Dad will ring', 'SW to visit'): a plan, not an account of events."""
@dataclass
class _Unit:
    """A sentence of the draft or a source, reduced to what alignment compares."""

    start: int
    end: int
    text: str
    concepts: set[str]
    stems: set[str]
    capitals: list[tuple[int, int, str]] = field(default_factory=list)
    title: bool = False
    """A heading, title or attendance line rather than a statement."""
    names_line: bool = False
    """A short line of its own that closes on who it is about ('Direct work with Mia
    (11)'), or the draft's opening line (see _opening_line): it heads the record, so it is
    no statement to support or attribute, though its names and ages are still checked."""


def _unit(text: str, start: int, end: int, groups: bool) -> _Unit:
    found = words(text[start:end], start)
    stems = {w.stem for w in found if w.content}
    vocab = vocabulary()
    courtesy = people_rules().titles
    line_start = text.rfind("\n", 0, start) + 1
    # a courtesy title ('Ms Pike' for the source's 'Lorraine Pike') is no name of its own:
    # the surname after it is checked
    capitals = [(w.start, w.end, w.stem) for i, w in enumerate(found)
                if i and w.text[:1].isupper() and w.content and not w.text.isupper()
                and w.text.lower() not in vocab.months and w.text.lower() not in vocab.numbers
                and w.stem not in vocab.group_of and w.text.lower() not in courtesy
                and not _position_capital(text, line_start, w.start, w.text)]
    bullet = text[line_start:start].strip() in ("-", "*", "•") or bool(
        re.match(r"\s*\d+[.)]\s", text[line_start:start + 4]))
    first = found[0].text.lower() if found else ""
    unpunctuated = not text[start:end].rstrip().endswith((".", "!", "?", '"', "”", ")"))
    line_end = text.find("\n", end)
    # a short line of its own that closes on who it is about ('Direct work with Mia (11)',
    # 'Telephone call: Glyn Pryce (paternal grandfather)') heads the record like a title
    named = text[start:end].rstrip().endswith(")") and not text[line_start:start].strip() \
        and not text[end:len(text) if line_end < 0 else line_end].strip()
    title = first in vocab.titles or (unpunctuated and not bullet and len(found) <= 12)
    if sum(w.text[:1].isupper() for w in found) > 0.4 * max(1, len(found)):
        capitals = []
    return _Unit(start, end, text[start:end],
                 concepts(stems) | _number_concepts(found) if groups else set(stems),
                 stems, capitals, title, named and not bullet and len(found) <= 12)


def _number_concepts(found: list[Word]) -> set[str]:
    """A number written in words as the stem its digits have ('twelfth' -> '12', 'ten' ->
    '10'): 'the twelfth of May' and '12 May' carry the same idea, as paraphrase groups
    make synonyms one. Only from 10 up, as a digit alone is no content word ('4')."""
    numbers = vocabulary().numbers
    out = set()
    for word in found:
        value = numbers.get(word.text.lower())
        if value is not None and value >= 10 and value == int(value):
            out.add(str(int(value)))
    return out


_LABEL_LEAD = re.compile(r"\s*(?:[-*•]\s*)?[A-Za-z][A-Za-z ()/&'-]{0,40}:\s*")
"""A line's lead label ('Admission: ', '- Outings and friends: ')."""


def _position_capital(text: str, line_start: int, at: int, word: str) -> bool:
    """True for a word capitalised by its place, first after a line's lead label
    ('Admission: According to ...'), that the name tables do not know: a sentence starts
    there, so its capital says nothing of a name ('Update: Harriet said' keeps Harriet)."""
    return _LABEL_LEAD.fullmatch(text, line_start, at) is not None \
        and not is_known_name(word)


def _idf(units: Sequence[_Unit]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for unit in units:
        counts.update(unit.concepts)
    total = len(units) + 1
    return {c: math.log(total / (1 + n)) + 1.0 for c, n in counts.items()}



def _already_unsupported(findings: list[SourceFinding], unit: _Unit) -> bool:
    """The draft sentence already holds an unsupported finding: one says enough."""
    return bool(findings) and findings[-1].subtype == "unsupported" \
        and findings[-1].start == unit.start


def _retells_closely(unit: _Unit, single_i: int, src_units: list[_Unit],
                     idf: dict[str, float]) -> bool:
    """The draft sentence keeps enough of its one aligned source sentence's ideas for a
    turned-round or moved-on statement in it to be a contradiction, not a new topic."""
    return single_i >= 0 and _coverage(unit.concepts, src_units[single_i].concepts, idf) \
        >= SETTINGS["polarity_aligned_above"]

def _coverage(needed: set[str], have: set[str], idf: dict[str, float]) -> float:
    if not needed:
        return 1.0
    weight = sum(idf.get(c, 2.0) for c in needed)
    return sum(idf.get(c, 2.0) for c in needed & have) / weight


def check_inputs(draft: str, sources: Sequence[str]) -> None:
    """Clear errors for input that cannot be compared (raises InputError)."""
    check_record(draft, "the draft")
    if not draft.strip():
        raise InputError("the draft is empty")
    if not sources:
        raise InputError("no source given: name the transcript or notes with --source")
    for number, source in enumerate(sources, 1):
        check_record(source, f"source {number}")
        if not source.strip():
            raise InputError(f"source {number} is empty")
        if " ".join(source.split()) == " ".join(draft.split()):
            raise InputError(f"the draft is identical to source {number}: nothing to compare")
        if not _looks_english(source):
            raise InputError(f"source {number} does not look like English; sos_lang compares "
                             "English drafts with English sources (translate it first)")


def _looks_english(text: str) -> bool:
    """At least one word in ten is an English stop word (true of any English passage)."""
    from sos_lang.compare.text import STOP

    tokens = [w.text.lower() for w in words(text[:20000]) if not w.text[0].isdigit()]
    return len(tokens) < 20 or sum(t in STOP for t in tokens) / len(tokens) >= 0.1


def _sources(sources: Sequence[str | tuple[str, str]]) -> list[tuple[str, str]]:
    return [(s, "transcript") if isinstance(s, str) else (s[1], s[0]) for s in sources]


def compare(draft: str, sources: Sequence[str | tuple[str, str]],
            off: frozenset[str] = frozenset()) -> ComparisonReport:
    """Check draft against its sources (texts, or (kind, text) pairs with kind one of
    transcript, srt, vtt, notes, record). ``off`` names components to switch off (the
    ablation in scripts/score_compare.py)."""
    from sos_lang import __version__
    from sos_lang.analysis import analyse
    from sos_lang.statements.model import classify_sentences

    pairs = _sources(sources)
    check_inputs(draft, [text for text, _ in pairs])
    groups = "paraphrase" not in off
    texts = [text for text, _ in pairs]
    # a child the draft or another source gives an age ('Visit: Kai (11)') is one here too
    known = frozenset(child_names(draft).union(*(child_names(text) for text in texts)))
    source_sentences: list[Sentence] = []
    for index, (text, kind) in enumerate(pairs):
        source_sentences.extend(read_source(text, index, kind, known))
    src_units = [_unit(texts[s.source_index], s.start, s.end, groups) for s in source_sentences]
    if "labels" not in off:
        _with_line_labels(src_units, source_sentences, pairs, groups)
    spelled_out = _spell_out_shorthand(src_units, texts, draft, groups) \
        if "shorthand" not in off else set()
    analysis = analyse(draft, profile="fast")
    labels = classify_sentences([s.text for s in source_sentences]) if source_sentences else []
    draft_units = []
    for sentence in analysis.sentences:
        if sentence.heading:
            continue
        for start, end in _lines_of(draft, sentence.start, sentence.end):
            draft_units.append(_unit(draft, start, end, groups))
    opening = _opening_line(draft)
    for unit in draft_units:
        if opening[0] <= unit.start < opening[1]:
            unit.names_line = True
    below = _opening_below_title(draft, draft_units, opening)
    if below is not None:
        below.names_line = True
    idf = _idf(src_units + draft_units)
    # what the record's headings, title and opening line name is its own occasion
    occasion = " ".join([*(s.text for s in analysis.sentences if s.heading),
                         *(u.text for u in draft_units if u.title or u.names_line)])
    windows = [set().union(*(src_units[j].concepts for j in range(max(0, i - 1),
                                                                  min(len(src_units), i + 2))
                             if source_sentences[j].source_index == s.source_index))
               for i, s in enumerate(source_sentences)]
    headers = [_note_frame(text, groups) if kind in ("notes", "record")
               else _cast(text, groups) for text, kind in pairs] if "frame" not in off else []
    # every word of the sources, speaker labels included ('<v Gail Dale (SENCo)>')
    all_stems = {w.stem for text in texts for w in words(text) if w.content}
    all_stems |= spelled_out
    all_source = concepts(all_stems)
    said = [spoken(text) for text in texts]
    source_numbers = set().union(*(number_values(t) for t in said))
    ages = set().union(*(source_ages(t) for t in said))
    source_months = set().union(*(months_in(t) for t in said))
    retold = source_quantities(said)
    source_times = {time for text in said for *_, time in clock_times(text, source=True)}
    source_counts: dict[str, set[float]] = {}
    for text in said:
        for key, values in counted_things(text).items():
            source_counts.setdefault(key, set()).update(values)
    turns = {index for index, (_, kind) in enumerate(pairs) if kind not in ("notes", "record")}
    findings: list[SourceFinding] = []
    supports: list[tuple[int, int, float]] = []
    previous: _Unit | None = None
    # the source sentence the line's last attributed sentence retells and who the line
    # last named as saying it (see _carried); a new line starts afresh
    chain: tuple[int, set[str]] | None = None
    for unit in draft_units:
        best, best_i, single_i = _align(unit, src_units, windows, idf)
        best = max([best, *(_coverage(unit.concepts, h, idf) for h in headers if h)])
        if previous is None or "\n" in draft[previous.end:unit.start]:
            chain = None
        supports.append((unit.start, unit.end, best))
        near = source_sentences[best_i] if best_i >= 0 else None
        if unit.title:
            continue
        if "invented_specific" not in off:
            findings.extend(_invented(draft, unit, all_source, all_stems, source_numbers,
                                      near, texts, "numbers" not in off, source_counts,
                                      source_months if "months" not in off else None,
                                      [q for q, _ in retold] if "quantities" not in off
                                      else []))
            if "numbers" not in off:
                findings.extend(
                    _finding("invented_specific", draft, unit.start + s, unit.start + e, near,
                             texts, "an age the source does not give", "error")
                    for s, e, age in draft_ages(unit.text) if age not in ages)
            if "exclusive" not in off and best_i >= 0:
                findings.extend(_exclusive(draft, unit, _window_text(source_sentences,
                                                                     best_i, texts),
                                           near, texts, src_units))
            if "firmed" not in off and single_i >= 0:
                findings.extend(_firmed(draft, unit, single_i, source_sentences, src_units,
                                        idf, texts, findings))
            if "clock" not in off:
                findings.extend(_clock(draft, unit, source_times, near, texts, findings))
            if "weekdays" not in off:
                findings.extend(_weekdays(draft, unit, said, near, texts, findings))
            if "habits" not in off:
                findings.extend(_habits(draft, unit, said, near, texts, findings))
            if "quantities" not in off:
                window = _window_text(source_sentences, best_i, texts) if best_i >= 0 else ""
                findings.extend(_quantities(draft, unit, window, retold, near, texts,
                                            findings))
            if "counts" not in off and best_i >= 0:
                findings.extend(_made_many(draft, unit, said, near, texts, findings))
        if "unsupported" not in off and len(unit.stems) >= SETTINGS["min_words"] \
                and best < SETTINGS["unsupported_below"] \
                and ("names_line" in off or not unit.names_line):
            findings.append(_finding("unsupported", draft, unit.start, unit.end, near, texts,
                                     f"not found in the source (support {best:.2f})",
                                     "error" if unit.stems & vocabulary().risk else "warning"))
        if "polarity" not in off and "unsupported" not in off and not unit.names_line \
                and not _already_unsupported(findings, unit) \
                and _retells_closely(unit, single_i, src_units, idf):
            # a retelling that keeps the words and turns the statement round
            flipped = _polarity_flipped(unit.text, source_sentences[single_i].text)
            opposite = _antonym_flipped(unit.text, source_sentences[single_i].text) \
                if "antonyms" not in off and not flipped else ""
            if opposite:
                findings.append(_finding(
                    "unsupported", draft, unit.start, unit.end, source_sentences[single_i],
                    texts, f"{opposite}: the draft says the opposite of the source", "error"))
            elif flipped:
                findings.append(_finding(
                    "unsupported", draft, unit.start, unit.end, source_sentences[single_i],
                    texts, f"negated in one of the draft and the source and not the other "
                    f"({flipped}): the draft says the opposite", "error"))
        if "steps" not in off and "unsupported" not in off and not unit.names_line \
                and not _already_unsupported(findings, unit):
            step = _made_up_step(unit, texts, occasion)
            if step:
                findings.append(_finding("unsupported", draft, unit.start, unit.end, near,
                                         texts, f"a next step ('{step}') that no source "
                                         "mentions", "error"))
        if "done" not in off and "unsupported" not in off and not unit.names_line \
                and not _already_unsupported(findings, unit) \
                and _retells_closely(unit, single_i, src_units, idf):
            index = source_sentences[single_i].source_index
            done = next(filter(None, (
                _done_from_plan(unit.text, source_sentences[i].text)
                for i in range(max(0, single_i - 1), min(len(source_sentences), single_i + 2))
                if source_sentences[i].source_index == index)), "")
            if done:
                findings.append(_finding(
                    "unsupported", draft, unit.start, unit.end, source_sentences[single_i],
                    texts, f"'{done}' is done in the draft and still to come in the source",
                    "error"))
        if "attribution_lost" not in off and single_i >= 0 \
                and ("names_line" in off or not unit.names_line):
            finding = _speaker_changed(draft, unit, single_i, source_sentences, src_units,
                                       idf, texts, turns) if "speakers" not in off else None
            carried = _carried(chain, unit, single_i, source_sentences) \
                if "carried" not in off else ""
            finding = finding or _attribution(
                draft, unit, source_sentences[single_i], texts,
                _coverage(unit.concepts, src_units[single_i].concepts, idf), off, previous,
                labels[single_i], carried, _turn_text(source_sentences, single_i))
            if finding:
                findings.append(finding)
            elif _statement_stems(unit) & vocabulary().reporting:
                chain = (single_i, _reporter(unit))
            elif carried and chain is not None:
                chain = (single_i, chain[1])
        previous = unit
    if "wording_introduced" not in off:
        findings.extend(_wording(draft, analysis.findings, all_source, draft_units, supports,
                                 src_units, source_sentences, windows, idf, texts,
                                 all_stems if "judgements" not in off else None))
    if "left_out" not in off:
        turns = _short_turns_joined(source_sentences, src_units, labels, texts, groups)
        findings.extend(_left_out(draft, *turns, draft_units, idf))
    findings.sort(key=lambda f: (f.start, f.end, f.subtype))
    score = 100.0 * sum(min(1.0, s / 0.6) for *_, s in supports) / max(1, len(supports))
    penalty = sum(f.severity == "error" for f in findings) * 2.0
    return ComparisonReport(round(max(0.0, score - penalty), 1), findings, __version__,
                            supports)


def _with_line_labels(units: list[_Unit], sentences: list[Sentence],
                      pairs: list[tuple[str, str]], groups: bool) -> None:
    """Give the first sentence of a note's or record's line the ideas of the line's lead
    label ('Smart Recovery group Thurs - been 3 times.', 'Kids (Lacey 7, Jack 4) - sees
    them Weds'): the source reader takes the label for who speaks, as in a transcript,
    but in written notes it is often what the line is about, and the draft that retells
    the line ('He has attended the SMART Recovery group three times') retells both."""
    previous_end: dict[int, int] = {}
    for unit, sentence in zip(units, sentences, strict=True):
        text, kind = pairs[sentence.source_index]
        line_start = text.rfind("\n", 0, sentence.start) + 1
        first = previous_end.get(sentence.source_index, -1) < line_start
        previous_end[sentence.source_index] = sentence.end
        label = text[line_start:sentence.start]
        if kind not in ("notes", "record") or not first or not label.strip():
            continue
        stems = {w.stem for w in words(label) if w.content}
        unit.concepts |= concepts(stems) if groups else stems


_SHORTHAND_LETTERS = (3, 6)
"""The length of a shorthand word that _spell_out_shorthand reads: two letters ('wk',
'rd') are too few to tell one word from another by letters alone."""


def _shorthand_of(short: str, word: str) -> bool:
    """Whether short is word cut short ('alc' for alcohol, 'hosp' for hospital) or its
    letters kept in order with its first and last ('appt' for appointment, 'wknds' for
    weekends, 'dept' for department)."""
    if len(word) < len(short) + 2 or short[0] != word[0]:
        return False
    if word.startswith(short):
        return True
    rest = iter(word)
    return short[-1] == word[-1] and all(letter in rest for letter in short)


def _spell_out_shorthand(units: list[_Unit], texts: list[str], draft: str,
                         groups: bool) -> set[str]:
    """Give each source sentence that holds a note-taker's shorthand ('Says 19 days alc
    free', 'bro's bbq', 'Next appt 10/6') the draft's word that spells it out, and return
    those words' stems: a lower-case source word of three to six letters that is no
    English word (the WordNet index the English model ships) stands for a draft word it
    cuts short or whose letters it keeps in order (see _shorthand_of). The paraphrase
    groups hold the shorthand no rule of letters finds ('bbq')."""
    low, high = _SHORTHAND_LETTERS
    short = {w.text.lower(): w.stem for text in texts for w in words(text)
             if w.content and w.text.isalpha() and w.text.islower()
             and low <= len(w.text) <= high and not wordnet_word(w.text)}
    if not short:
        return set()
    spelled = {w.text.lower(): w.stem for w in words(draft)
               if w.content and w.text.isalpha() and len(w.text) > high - 2}
    meant: dict[str, set[str]] = {}
    for abbreviation, key in short.items():
        for word, word_stem in spelled.items():
            if _shorthand_of(abbreviation, word) and wordnet_word(word):
                meant.setdefault(key, set()).add(word_stem)
    for unit in units:
        for key in unit.stems & set(meant):
            unit.concepts |= concepts(meant[key]) if groups else meant[key]
    return set().union(*meant.values()) if meant else set()


def _note_frame(text: str, groups: bool) -> set[str]:
    """The concepts of a note's or record's frame: its first and last lines when short (a
    header 'Route 47 Denshaw - Saddleworth School. Wed 4 Oct.', a sign-off 'Bernard
    Quayle, driver'), read together: the draft's sentence that says who wrote, when and
    about whom retells the two at once, far apart in the source."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 3:
        return set()
    found: set[str] = set()
    for line in (lines[0], lines[-1]):
        found_words = words(line)
        if len(found_words) <= SETTINGS["frame_line_words"]:
            stems = {w.stem for w in found_words if w.content}
            found |= concepts(stems) if groups else stems
    return found


def _cast(text: str, groups: bool) -> set[str]:
    """The concepts of a transcript's speaker labels read together ('Ms Adebayo
    (designated safeguarding lead)', 'Rivka Gutman (mother)'): who took part and in what
    role is shown by the labels, not said in any turn, so the draft's sentence that says
    who made the call or who was seen ('Call made by Ms Adebayo, designated safeguarding
    lead.') retells them, as a note's frame lines are retold (see _note_frame)."""
    stems = {w.stem for label in speaker_labels(text) for w in words(label) if w.content}
    return concepts(stems) if groups else stems


def _opening_line(draft: str) -> tuple[int, int]:
    """The bounds of the line that heads the draft ('Call from Lorraine Pike, child
    employment officer, about Toby Garside (14).', 'Meeting at the hospice with Precious
    Ndlovu (family support worker) and Martin Cole (dad).'), or (0, 0) when there is none:
    its first line, when the record goes on below it and the line is short. It names the
    occasion and who took part, which the sources show by their speaker labels and layout
    rather than say, so it is no statement to support or attribute, though its names,
    numbers and ages are still checked. A draft of one paragraph has no such line."""
    start = len(draft) - len(draft.lstrip())
    end = draft.find("\n", start)
    if end < 0 or not draft[end:].strip() \
            or len(words(draft[start:end])) > SETTINGS["opening_line_words"]:
        return 0, 0
    return start, end


def _opening_below_title(draft: str, units: list[_Unit],
                         opening: tuple[int, int]) -> _Unit | None:
    """The record's opening statement when its first line is a title ('New birth visit:
    Noor', 'Case note: Aarav Shrestha (7)'): the first sentence of the first
    line below the title ('Gwen Adeyemi, health visitor, saw Noor at home on 11 June';
    'Caller: Sian Morgan, food bank coordinator.'). Below a title it is this sentence that
    names the occasion and who took part, as the first line does in a record without one,
    and the sources show it by their speaker labels and layout rather than say it. None
    when a line above is itself a sentence ('Phone call on Tuesday from Desmond Ackroyd.'
    is the opening line: the one below it is a statement), or the sentence is long or ends
    the draft."""
    first = next((u for u in units if not u.title and not u.names_line), None)
    if first is None or not draft[:first.start].strip() \
            or opening[0] <= first.start < opening[1] \
            or any(u.start < first.start and u.text.rstrip().endswith((".", "!", "?"))
                   for u in units) \
            or draft[draft.rfind("\n", 0, first.start) + 1:first.start].strip() \
            or not draft[first.end:].strip() \
            or len(words(first.text)) > SETTINGS["opening_line_words"]:
        return None
    return first


def _lines_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence split at line ends (list items and short lines are units of their own)."""
    bounds = []
    position = start
    for piece in text[start:end].split("\n"):
        s = position + len(piece) - len(piece.lstrip(" -*•\t"))
        e = position + len(piece.rstrip())
        if e > s:
            bounds.append((s, e))
        position += len(piece) + 1
    return bounds


def _align(unit: _Unit, src_units: list[_Unit], windows: list[set[str]],
           idf: dict[str, float]) -> tuple[float, int, int]:
    """The best window coverage of the draft unit, its sentence, and the best single
    sentence (for attribution)."""
    best, best_i, single, single_i = 0.0, -1, 0.0, -1
    for i, window in enumerate(windows):
        if not unit.concepts & window:
            continue
        score = _coverage(unit.concepts, window, idf)
        if score > best:
            best, best_i = score, i
        one = _coverage(unit.concepts, src_units[i].concepts, idf)
        if one > single:
            single, single_i = one, i
    return best, best_i, single_i


def _finding(subtype: str, draft: str, start: int, end: int, near: Sentence | None,
             texts: list[str], message: str, severity: str) -> SourceFinding:
    if near is None:
        return SourceFinding(subtype, start, end, draft[start:end], -1, 0, 0, "", message,
                             severity)
    return SourceFinding(subtype, start, end, draft[start:end], near.source_index, near.start,
                         near.end, near.text, message, severity)


def _invented(draft: str, unit: _Unit, all_source: set[str], all_stems: set[str],
              source_numbers: set[float], near: Sentence | None, texts: list[str],
              use_numbers: bool, source_counts: dict[str, set[float]],
              source_months: set[int] | None = None,
              source_quantities: Sequence[Quantity] = ()) -> list[SourceFinding]:
    found = []
    if use_numbers:
        # a number in a frequency or duration the source gives in another form ('every two
        # weeks' for 'fortnightly') is found
        given = [(q.start, q.end) for q in quantities(unit.text)
                 if source_quantities and quantity_given(q, list(source_quantities))]
        for start, end, values in number_spans(unit.text):
            if any(s <= start < e for s, e in given):
                continue
            month = month_of(unit.text[start:end])
            if month is not None and source_months is not None:
                # a month is found only as a month ('April' is not the source's '4 cans')
                if month not in source_months:
                    found.append(_finding("invented_specific", draft, unit.start + start,
                                          unit.start + end, near, texts,
                                          "a month the source does not give", "error"))
                continue
            if not values & source_numbers:
                s, e = unit.start + start, unit.start + end
                found.append(_finding("invented_specific", draft, s, e, near, texts,
                                      "a number, date or time not in the source", "error"))
        for start, end, key, values in counts_at(unit.text):
            if key in source_counts and not values & source_counts[key]:
                s, e = unit.start + start, unit.start + end
                found.append(_finding("invented_specific", draft, s, e, near, texts,
                                      "a count or age that differs from the source's", "error"))
    risk = vocabulary().risk
    service = vocabulary().service_after
    for word in words(unit.text, unit.start):
        if word.stem in risk and word.stem not in all_stems and not (
                # the opening line's 'Epilepsy nurse review' names a role, not a harm
                unit.names_line and service.match(draft, word.end)):
            found.append(_finding("invented_specific", draft, word.start, word.end, near, texts,
                                  "a harm, medical or risk word not in the source", "error"))
    for start, end, capital in unit.capitals:
        if capital not in all_source and capital not in risk:
            found.append(_finding("invented_specific", draft, start, end, near, texts,
                                  "a name or place not in the source", "warning"))
    return found


def _made_up_step(unit: _Unit, texts: list[str], occasion: str) -> str:
    """The first formal step (data: formal_steps) the draft sentence names, after its lead
    label, that no source holds in any form and the record's occasion (its headings,
    title and opening line) does not name: a next step nobody discussed ('Grace will be
    referred to the community paediatrician', 'A strategy discussion will be arranged').
    Word overlap passes such a sentence when the rest of it (the child, the worker, the
    time) is in the source. '' when there is none."""
    if unit.title:
        return ""
    label = _LINE_LABEL.match(unit.text)
    body = unit.text[label.end():] if label else unit.text
    for forms, given in vocabulary().formal_steps:
        match = forms.search(body)
        if match and not given.search(occasion) and not any(given.search(t) for t in texts):
            return match.group()
    return ""


def _window_text(sentences: list[Sentence], i: int, texts: list[str]) -> str:
    """The source text of sentence i and its neighbours in the same source."""
    index = sentences[i].source_index
    around = [s for s in sentences[max(0, i - 1):i + 2] if s.source_index == index]
    return texts[index][around[0].start:around[-1].end]


_CLAUSE_END = re.compile(r"[.,;:!?()\n]|\b(?:and|but|while|because|so)\b")


def _clause_keys(text: str, start: int, end: int) -> set[str]:
    """The content words of the clause around text[start:end] (up to the nearest stop,
    comma, semicolon, bracket, line end or joining 'and', 'but'), each as its paraphrase
    group where it has one, less numbers, units and names (a capital past the clause's
    first word): what the quantity there is the quantity of, not who it is about."""
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    stop = _CLAUSE_END.search(text, end)
    vocab = vocabulary()
    keys = set()
    for i, word in enumerate(words(text[begin:stop.start() if stop else len(text)])):
        lowered = word.text.lower()
        if not word.content or (i and word.text[:1].isupper()) or lowered in vocab.numbers \
                or lowered in vocab.duration_units or lowered in vocab.frequency \
                or lowered in vocab.vague:
            continue
        keys.add(f"g:{vocab.group_of[word.stem]}" if word.stem in vocab.group_of else word.stem)
    return keys


def source_quantities(texts: Sequence[str]) -> list[tuple[Quantity, set[str]]]:
    """Every frequency and duration of the sources with the words of its clause."""
    return [(q, _clause_keys(text, q.start, q.end)) for text in texts for q in quantities(text)]


def _flagged_invented(findings: list[SourceFinding], start: int, end: int) -> bool:
    """Whether an invented-specific finding already covers part of [start, end): a span is
    flagged once, by the first check that finds it."""
    return any(f.subtype == "invented_specific" and f.start < end and start < f.end
               for f in findings)


def _quantities(draft: str, unit: _Unit, window: str,
                everywhere: list[tuple[Quantity, set[str]]], near: Sentence | None,
                texts: list[str], found: list[SourceFinding]) -> list[SourceFinding]:
    """A frequency or duration of the draft sentence that the source gives otherwise
    ('police were called once' -> 'twice', 'twice a week' -> 'three times a week', 'three
    weeks' -> 'three months'). The source's quantity of the same kind whose clause shares
    the most words (at least two) with the draft's clause is the one it retells; with none
    such, the passage the sentence aligns with is read, and a quantity the source gives
    anywhere in the same unit stands. Checked against those, not against every number of
    the source, which holds the same number counting something else. A span already
    flagged is not flagged again."""
    passage = quantities(window)
    out = []
    for quantity in quantities(unit.text):
        s, e = unit.start + quantity.start, unit.start + quantity.end
        if _flagged_invented(found, s, e):
            continue
        clause = _clause_keys(unit.text, quantity.start, quantity.end)
        scored = [(len(clause & keys), other) for other, keys in everywhere
                  if other.frequency == quantity.frequency or occasions(quantity, other)]
        best = max((score for score, _ in scored), default=0)
        if best >= SETTINGS["quantity_clause_words"]:
            # the retold quantity is the best clause's; one given in a related clause stands
            changed = not quantity_given(quantity, [o for score, o in scored if score == best]) \
                and not quantity_given(quantity, [o for score, o in scored if score])
        else:
            changed = quantity_changed(quantity, passage) and not quantity_given(
                quantity, [other for other, _ in everywhere])
        if changed:
            out.append(_finding("invented_specific", draft, s, e, near, texts,
                                f"'{draft[s:e]}' where the source gives another "
                                f"{'frequency' if quantity.frequency else 'duration'}",
                                "error"))
    return out


def _weekdays(draft: str, unit: _Unit, said: list[str], near: Sentence | None,
              texts: list[str], flagged: list[SourceFinding]) -> list[SourceFinding]:
    """A weekday of the draft sentence that no source names in any form ('Wednesday'
    where the father said 'Monday'): weekdays are paraphrase words, which the name check
    passes, and the exclusive-value check reads only the aligned passage. A span already
    flagged is not flagged again."""
    found = []
    for pattern in vocabulary().weekdays:
        if any(pattern.search(text) for text in said):
            continue
        for match in pattern.finditer(unit.text):
            s, e = unit.start + match.start(), unit.start + match.end()
            if not match.group()[:1].isupper() or _flagged_invented(flagged, s, e):
                continue
            found.append(_finding("invented_specific", draft, s, e, near, texts,
                                  f"'{match.group()}': the source names no such day", "error"))
    return found


def _firmed(draft: str, unit: _Unit, single_i: int, sentences: list[Sentence],
            units: list[_Unit], idf: dict[str, float], texts: list[str],
            flagged: list[SourceFinding]) -> list[SourceFinding]:
    """A word of agreement, offer or certainty in the draft sentence ('has agreed',
    'confirmed') where the passage it retells only hedged ('She might ..., she's thinking
    about it', 'maybe a B&B'; data: firmed_hedges) and no sentence there holds the word:
    the draft invents the certainty. A question in the source asks and hedges nothing."""
    vocab = vocabulary()
    if _coverage(unit.concepts, units[single_i].concepts, idf) < SETTINGS["attribution_above"]:
        return []
    index = sentences[single_i].source_index
    around = [i for i in range(max(0, single_i - 1), min(len(sentences), single_i + 2))
              if sentences[i].source_index == index]
    if not any(vocab.firm_hedged.search(sentences[i].text)
               and not sentences[i].text.rstrip(" \"”’'").endswith("?") for i in around):
        return []
    passage = set().union(*(units[i].stems for i in around))
    found = []
    for match in vocab.firm.finditer(unit.text):
        s, e = unit.start + match.start(), unit.start + match.end()
        if stem(match.group()) in passage or _flagged_invented(flagged, s, e):
            continue
        found.append(_finding("invented_specific", draft, s, e, sentences[single_i], texts,
                              f"'{match.group()}' where the source only hedged", "error"))
    return found


def _clock(draft: str, unit: _Unit, source_times: set[Clock], near: Sentence | None,
           texts: list[str], flagged: list[SourceFinding]) -> list[SourceFinding]:
    """A time of day in the draft sentence ('arrived at 1am', '6.45') that no source gives
    as a time, hour and minutes on a 12-hour clock (data: clock_times): the number check
    passes it whenever the source holds its digits counting something else. A span
    already flagged is not flagged again."""
    found = []
    for start, end, time in clock_times(unit.text):
        s, e = unit.start + start, unit.start + end
        if time in source_times or _flagged_invented(flagged, s, e):
            continue
        found.append(_finding("invented_specific", draft, s, e, near, texts,
                              f"'{draft[s:e]}': the source gives no such time", "error"))
    return found


_RATE_BEFORE = re.compile(r"\b(?:once|twice|times)\s+$", re.IGNORECASE)


def _habits(draft: str, unit: _Unit, said: list[str], near: Sentence | None,
            texts: list[str], flagged: list[SourceFinding]) -> list[SourceFinding]:
    """A habit the draft makes of what the source counted or told once ('every evening'
    for 'four nights', 'most nights' where nobody said how often; data:
    habit_frequencies): a quantifier before a time unit that no source gives with any unit
    of the same group. A next step's 'every night' is the plan's own. A span already
    flagged is not flagged again."""
    if _PLAN.search(unit.text):
        return []
    found = []
    for habit, given in vocabulary().habits:
        if any(given.search(text) for text in said):
            continue
        for match in habit.finditer(unit.text):
            s, e = unit.start + match.start(), unit.start + match.end()
            # 'three times each week' is a rate's unit: the count is the quantity checked
            rate = _RATE_BEFORE.search(unit.text, 0, match.start())
            if rate is None and not _flagged_invented(flagged, s, e):
                found.append(_finding("invented_specific", draft, s, e, near, texts,
                                      f"'{match.group()}': the source gives no such habit",
                                      "error"))
    return found


def _exclusive(draft: str, unit: _Unit, window: str, near: Sentence | None,
               texts: list[str], src_units: Sequence[_Unit] = ()) -> list[SourceFinding]:
    """A value of an exclusive group (side, day, relative) in the draft sentence where the
    source passage it aligns with gives another value of the group and not this one.
    A value is no swap when a source sentence gives it and either the draft sentence also
    carries the passage's value (it adds a second day, 'a Friday as she works Thursdays')
    or that source sentence shares enough of the draft sentence's content to be a second
    passage it retells (a note's 'told TA yesterday' beside a statement's 'today')."""
    found = []
    for group in vocabulary().exclusive:
        there = {k: said for k, pattern in enumerate(group) if (said := pattern.search(window))}
        if not there:
            continue
        source_says = there[min(there)].group()
        carried = any(group[k].search(unit.text) for k in there)
        for k, pattern in enumerate(group):
            if k in there:
                continue
            giving = [u for u in src_units if pattern.search(u.text)]
            if any(carried or len(u.concepts & unit.concepts)
                   >= SETTINGS["exclusive_second_passage_words"] for u in giving):
                continue
            for match in pattern.finditer(unit.text):
                s, e = unit.start + match.start(), unit.start + match.end()
                found.append(_finding("invented_specific", draft, s, e, near, texts,
                                      f"'{match.group()}' where the source says "
                                      f"'{source_says}'", "error"))
    return found


def _turn_text(sentences: list[Sentence], i: int) -> str:
    """The source sentence and those beside it in the same speaker's turn."""
    near = sentences[i]
    if not near.speaker:
        return ""
    return " ".join(s.text for s in sentences[max(0, i - 1):i + 2]
                    if s.speaker == near.speaker and s.source_index == near.source_index)


def _carried(chain: tuple[int, set[str]] | None, unit: _Unit, single_i: int,
             sentences: list[Sentence]) -> str:
    """Whether the attribution of an earlier sentence of the same draft line carries to
    this one: the last sentence was attributed ('Mr Marsden said this was on 12 May.') and
    this one retells the same source sentence with the reporter as its subject (a note's
    'Says boy sleeping in shed - seen 3 mornings' told as 'Mr Ackroyd told me a boy ...
    He has seen him there on 3 mornings'; 'Clinic letters have been going to ...' after
    'He said ...' states the rest of the account as fact), or a turn of the speaker it
    named ('The seizure stopped by itself.' of Lee Marsden's turn) or of the same speaker
    as the sentence it retold (data: carried_attribution). A line that opens with who
    said it goes on in their voice until it states what another said. ``chain`` is the
    last attributed sentence's source sentence and the concepts of who it named. Returns
    'same' for the same source sentence, 'speaker' for another of the speaker's, '' for
    none."""
    if chain is None or single_i < 0:
        return ""
    last, reporter = chain
    if last == single_i:
        first = words(unit.text[:40])[:1]
        opens = first and (first[0].text.lower() in vocabulary().subject_pronouns
                           or bool(concepts({first[0].stem}) & reporter))
        return "same" if opens else ""
    now = sentences[single_i]
    if not now.speaker or now.quoted:
        return ""
    before = sentences[last] if last >= 0 else None
    if (before is not None and now.speaker == before.speaker
            and now.source_index == before.source_index) \
            or _names_the_speaker(reporter, now.speaker):
        return "speaker"
    return ""


def _attribution(draft: str, unit: _Unit, near: Sentence, texts: list[str], score: float,
                 off: frozenset[str], previous: _Unit | None,
                 label: Classification, carried: str = "", turn: str = "") -> SourceFinding | None:
    """The source says who a statement comes from and the draft sentence states it as
    fact. A reported account in the source ('her nurse said', 'Says ...', 'the parents'
    explanation is') needs a reporting word or quote in the draft sentence itself, unless
    the heading or the sentence above names the same reporter (or the source's 'she'); a
    family member's or child's own turn about harm needs one there or above it."""
    if score < SETTINGS["attribution_above"]:
        return None
    vocab = vocabulary()
    reported = vocab.reported.search(near.text) if "reported" not in off else None
    if reported and "account_scope" not in off and _outside_account(unit, near.text, reported):
        reported = None
    if _attributes_itself(unit, near, reported if "inside" not in off else None) \
            or any(q in unit.text for q in "\"“”"):
        return None
    if "hedges" not in off and not _statement_stems(unit) & vocab.reporting \
            and _guess_made_fact(unit, near):
        return _finding("attribution_lost", draft, unit.start, unit.end, near, texts,
                        f"the source gives this as {near.speaker or 'a'} guess or belief; "
                        "the draft states it as certain", "warning")
    childs = "child_account" not in off and not reported and _childs_account(unit, near,
                                                                              label)
    if carried == "same" or (carried and not reported and not childs):
        # an account the source passes on ('He also told me ...') keeps the rule that the
        # draft sentence retelling it names its reporter, unless the sentence before
        # named them retelling the same source sentence
        return None
    above = None if childs else _attributed_above(draft, unit, previous)
    reporter = ""
    if reported:
        # a pronoun's reporter is whoever the draft's attribution above names; a named
        # reporter must be named there, and a subjectless note ('Said ...') needs its own
        reporter = next((g for g in reported.group("name", "noun", "owner") if g), "")
        passed_on = len(words(near.text[:reported.start()])) < 3
        if above is not None and ((reported.group("pronoun") and not (
                passed_on and _names_the_speaker(above, near.speaker))) or (
                reporter and concepts({stem(reporter)}) & above)):
            return None
    else:
        # a note's label with a time or date outside brackets ('Missing Sat 8pm: found
        # Sun 6.30am by BTP') files what follows; it is no person giving an account
        own_turn = "speakers" not in off and bool(near.speaker) \
            and not vocab.professional.search(near.speaker) \
            and not re.search(r"\d", outside_brackets(near.speaker)) \
            and (label.label in ("harm", "danger") or bool(unit.stems & vocab.risk))
        if not own_turn or above is not None or _PLAN.search(unit.text) \
                or ("writer" not in off and _writer_retells_own_turn(unit, turn)):
            return None
    if _labelled_by(unit, near.speaker, reporter):
        return None
    who = near.speaker or "a report"
    return _finding("attribution_lost", draft, unit.start, unit.end, near, texts,
                    f"the source gives this as {who}'s account; the draft states it as fact",
                    "warning")


_QUOTES = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}
"""An opening quote mark and the mark that closes it."""


def _account_span(text: str, reported: re.Match[str]) -> tuple[int, int]:
    """Where the account a reporting clause passes on lies in its source sentence: what
    follows the clause, to the close of its quote when it opens one ("Orla said 'Mum's on
    earlies ...' Orla had brushed Finn's hair" ends at the quote; what follows is the
    writer's); what comes before it when little follows ('He was at the park, she
    said.')."""
    after = reported.end()
    lead = re.match(r"[\s:,]*", text[after:])
    at = after + (lead.end() if lead else 0)
    opening = text[at:at + 1]
    if opening in _QUOTES:
        close = text.find(_QUOTES[opening], at + 1)
        # an apostrophe inside the quote ("Mum's") is no close: a close ends a word run
        while close >= 0 and opening == "'" and close + 1 < len(text) \
                and text[close + 1].isalpha():
            close = text.find(_QUOTES[opening], close + 1)
        return (at, len(text) if close < 0 else close + 1)
    if sum(w.content for w in words(text[after:])) < 2 \
            and sum(w.content for w in words(text[:reported.start()])) >= 2:
        return (0, reported.start())
    return (after, len(text))


def _outside_account(unit: _Unit, text: str, reported: re.Match[str]) -> bool:
    """Whether the draft sentence retells what the source sentence says around an
    account it passes on rather than the account: it shares ideas with the rest of the
    sentence (less the reporting clause) and takes none from the account alone ('Rang Mum (Karen)
    21:10 - she came for him, said Da's at his mum's' told as 'The leader rang Ethan's
    mum, Karen, at 9.10pm'; 'Worry: J still out late Fri nights - Mum says home by 10
    most weeks' told as 'Jordan is still out late on Friday nights'). A source sentence
    holds the writer's own words as well as the account it passes on (data: the
    report's account retold, issue 21's faithful false alarms)."""
    start, end = _account_span(text, reported)

    def ideas(part: str) -> set[str]:
        return _unit(part, 0, len(part), True).concepts & unit.concepts

    account = ideas(text[start:end])
    rest = ideas(text[:min(start, reported.start())] + " " + text[max(end, reported.end()):])
    # one idea of the account alone ('stated she would stay until morning' for 'stayed
    # ... until the morning') retells the account
    return bool(rest) and not account - rest


def _writer_retells_own_turn(unit: _Unit, turn: str) -> bool:
    """Whether the draft's writer retells their own turn: the draft sentence opens in the
    first person ('My worry: Freya falling further behind', 'Why I called: Ka Ho has
    been late', data: reported_account_cues.own_voice) and the source turn it retells is
    its speaker's own first person too ('My worry is ...', "I'm phoning about Ka Ho.
    He's been late ..."). The record's 'I' is its writer, so the sentence says who it
    comes from as 'Beth said' would (family: the draft's writer taken as a speaker)."""
    own = vocabulary().own_voice

    def first_person(word: Word) -> bool:
        # 'I'm', 'I've': the pronoun before its contraction
        return re.split(r"['’]", word.text.lower())[0] in own

    return any(map(first_person, words(unit.text)[:4])) \
        and any(map(first_person, words(turn)))


def _childs_account(unit: _Unit, near: Sentence, label: Classification) -> bool:
    """Whether the draft sentence retells, about someone else, a child's own account of
    harm or danger from the child's turn ('One time Tom threw the TV remote' told as 'Tom
    threw the TV remote ...'; "Sometimes Mummy's asleep and we don't have tea" told as
    'Most evenings the children get no tea because their mother is asleep'): what a child
    says happened at home stays the child's account in the sentence that tells it, so
    neither a 'Leo said' earlier in the line nor the sentence above attributes it (data:
    child_accounts). A sentence whose subject is the child ('He said ...', 'Leo hides
    ...') tells of the child, and the rules before apply."""
    if not near.child or near.quoted or label.label not in ("harm", "danger") \
            or label.confidence < SETTINGS["child_account_confidence"]:
        return False
    first = words(unit.text[:40])[:1]
    if not first:
        return False
    named = {w.stem for w in words(outside_brackets(near.speaker)) if w.content}
    return first[0].text.lower() not in vocabulary().subject_pronouns \
        and first[0].stem not in named


def _guess_made_fact(unit: _Unit, near: Sentence) -> bool:
    """The source sentence gives a speaker's guess or belief ('I think they're on Ashby
    Road', "it's probably anxiety", 'in my opinion') and the draft sentence, without a
    reporting word of its own (checked before), keeps no doubt ('may', 'thinks'): the
    guess has become the record's fact. A question asks and states nothing; a next step
    ('Steph to visit') is a plan, not a claim."""
    vocab = vocabulary()
    if near.text.rstrip(" \"”’'").endswith("?") or _PLAN.search(unit.text) \
            or not vocab.hedged.search(near.text):
        return False
    return not vocab.doubt_kept.search(unit.text)


def _names_the_speaker(above: set[str], speaker: str) -> bool:
    """Whether what attributes a draft sentence from above names the source turn's own
    speaker (the label's words outside brackets: 'Paul Haddow' of 'Paul Haddow (store
    manager)'). A turn's 'He said his mum's been in bed' passes on someone else's account,
    so a line above giving the turn to its speaker ('Mr Haddow did not feel right ...')
    does not attribute it. Only a sentence that opens with the pronoun's reporting
    clause is passed on whole ('She drew her family ... and she said to me, ...' is the
    speaker's own till the quote)."""
    outside = outside_brackets(speaker)
    named = {w.stem for w in words(outside) if w.content}
    return bool(named) and bool(concepts(named) & above)


_LINE_LABEL = re.compile(r"^\s*([^:\n]{1,40}):\s")
"""What opens a line before a colon ('Worries: ...')."""


def _labelled_by(unit: _Unit, speaker: str, reporter: str) -> bool:
    """Whether the draft line's lead label names who the source gives the statement to
    ('Health (Joanne): immunisations are up to date' for Joanne's turn): the label
    attributes what follows, as a heading above it does."""
    label = _LINE_LABEL.match(unit.text)
    if not label or not (speaker or reporter):
        return False
    named = concepts({w.stem for w in words(label.group(1)) if w.content})
    who = concepts({w.stem for w in words(f"{speaker} {reporter}") if w.content})
    return bool(named & who)


def _attributes_itself(unit: _Unit, near: Sentence, reported: re.Match[str] | None) -> bool:
    """Whether the draft sentence has a reporting word of its own. With an account the
    source passes on ('Samina reported that ... Zain would not say where he had been'),
    the reporting words of that account are part of what was reported, not who reported
    it: 'Zain ... would not say where he had been' retells Samina's report as fact, so a
    draft sentence attributes it only with more reporting words than the account holds
    ('Samina said Zain would not say ...'), when it opens with a reporter the account
    does not name ('Mrs Popescu agreed ...' for 'Mrs Popescu says she agrees') or when it
    names the source's reporter anywhere."""
    reporting = vocabulary().reporting
    statement = _statement_words(unit)
    cues = sum(w.content and w.stem in reporting for w in statement)
    around = words(near.text[:reported.start()])[-1:] + words(reported.group())[:1] \
        if reported is not None else []
    if not cues or reported is None or any(w.text.lower() in vocabulary().own_voice
                                           for w in around):
        # a speaker's own 'My view is ...' passes on no one else's account
        return bool(cues)
    account = words(near.text[reported.end():])
    said = [i for i, w in enumerate(statement) if w.content and w.stem in reporting]
    # a sentence that opens with who says it ('Mrs P agreed ...', 'He said ...') is
    # attributed, unless the account itself has them say it ('... and that Oscar has
    # told him ...'); so is one naming the source's reporter, and a plan is no account
    reporter = _reporter(unit)
    if said[0] <= 4 and not (reporter and reporter & concepts(
            {w.stem for w in account if w.content})):
        return True
    named = next((g for g in reported.group("name", "noun", "owner") if g), "")
    if (named and concepts({w.stem for w in words(named) if w.content}) & unit.concepts) \
            or _PLAN.search(unit.text):
        return True
    return cues > sum(w.content and w.stem in reporting for w in account)


def _statement_words(unit: _Unit) -> list[Word]:
    """The words of the sentence less a Signs of Safety heading that opens it as a label
    (see _statement_stems), with their places in the sentence."""
    end = _heading_label_end(unit)
    return words(unit.text) if end is None else words(unit.text[end:], end)


def _statement_stems(unit: _Unit) -> set[str]:
    """The stems of the sentence less a Signs of Safety heading that opens it as a label
    ('Worries: Tanya has been shouting at Lucas'): the heading files the statement under a
    section and says nothing of who it comes from. Any other label ('Mum said: ...') is
    kept."""
    end = _heading_label_end(unit)
    return unit.stems if end is None else {w.stem for w in words(unit.text[end:]) if w.content}


def _heading_label_end(unit: _Unit) -> int | None:
    """Where a Signs of Safety heading that opens the sentence as a label ends, or None."""
    from sos_lang.statements.headings import section_of_line

    label = _LINE_LABEL.match(unit.text)
    return None if not label or section_of_line(label.group(1)) is None else label.end()


def _reporter(unit: _Unit) -> set[str]:
    """The concepts of who the draft sentence says a statement comes from: the content
    words just before its first reporting word, in the same clause, at the sentence's
    start ('Keith said', 'The epilepsy nurse said', 'Joanne is worried'); empty for a
    pronoun or none."""
    found = words(unit.text)
    reporting = vocabulary().reporting
    at = next((i for i, w in enumerate(found) if w.stem in reporting), None)
    if not at or at > 4:
        # only a sentence that opens with who said it ('The epilepsy nurse said'); a
        # reporting word later ('..., as Joanne asked') is not the sentence's source
        return set()
    clause = re.split(r"[,;:()]|\b(?:and|that|but)\b", unit.text[:found[at].start])[-1]
    names = {w.stem for w in words(clause)[-4:] if w.content}
    return concepts(names) if names else set()


def _speaker_changed(draft: str, unit: _Unit, single_i: int, sentences: list[Sentence],
                     units: list[_Unit], idf: dict[str, float], texts: list[str],
                     turns: set[int]) -> SourceFinding | None:
    """The draft gives a statement to one speaker ('Keith said he is worried about
    Fridays') that another speaker said in the source: the sentence it matches best is in
    another speaker's own turn (of a transcript, one of ``turns``), the reporter is a
    speaker of the source too, and nothing the reporter said matches it as well."""
    near = sentences[single_i]
    vocab = vocabulary()
    reported = vocab.reported.search(near.text)
    if not near.speaker or near.quoted or near.source_index not in turns \
            or vocab.meeting_staff.search(near.speaker) \
            or any(q in unit.text for q in "\"“”") \
            or (reported and not re.search(r"\bI\b", near.text[:reported.start()])):
        # the meeting's staff propose and sum up what others then agree; a turn that
        # passes on someone else's words ('He told Bronwen ...') is about that telling,
        # unless the speaker's own 'I worry ...' comes first; quoted words keep their own
        return None
    score = _coverage(unit.concepts, units[single_i].concepts, idf)
    if score < SETTINGS["speaker_changed_above"]:
        return None
    reporter = _reporter(unit)
    if not reporter or reporter & units[single_i].concepts:
        return None

    def label(sentence: Sentence) -> set[str]:
        return concepts({w.stem for w in words(sentence.speaker) if w.content})

    theirs = [i for i, s in enumerate(sentences) if s.speaker and reporter & label(s)]
    # one person under two labels ('HoY (Mr Barker)' and 'HoY') is the same speaker
    person = set().union(*(label(sentences[i]) for i in theirs)) if theirs else set()
    if not theirs or person & label(near) or any(
            _coverage(unit.concepts, units[i].concepts, idf)
            >= score - SETTINGS["speaker_margin"] for i in theirs):
        return None
    return _finding("attribution_lost", draft, unit.start, unit.end, near, texts,
                    f"the source gives this to {near.speaker}, not to whom the draft "
                    "gives it", "warning")


def _attributed_above(draft: str, unit: _Unit, previous: _Unit | None) -> set[str] | None:
    """The concepts of what attributes the draft sentence to someone from outside it: a
    heading such as 'What Femi told me' over its paragraph, or a reporting word in the
    sentence before it in the paragraph. None when nothing does."""
    paragraph = draft.rfind("\n\n", 0, unit.start)
    heading = draft[paragraph + 2:draft.find("\n", paragraph + 2)] if paragraph >= 0 else ""
    if heading and len(heading.split()) <= 8 and _ATTRIBUTED_HEADING.search(heading):
        return concepts({w.stem for w in words(heading) if w.content})
    if previous is not None and previous.stems & vocabulary().reporting \
            and "\n\n" not in draft[previous.end:unit.start]:
        return previous.concepts
    return None


def _wording(draft: str, flags: Sequence[object], all_source: set[str],
             draft_units: list[_Unit], supports: list[tuple[int, int, float]],
             src_units: list[_Unit], source_sentences: list[Sentence],
             windows: list[set[str]], idf: dict[str, float],
             texts: list[str], all_stems: set[str] | None = None) -> list[SourceFinding]:
    """Deficit and doubt wording and opinions stated as fact (the analyser's own flags)
    whose words the source does not contain, and judgement words no source holds (unless
    ``all_stems`` is None: the ablation)."""
    found = []
    for flag in flags:
        kind, rule = flag.kind, flag.rule_id
        if kind != "deficit" and rule != "structure.opinion-as-fact":
            continue
        start, end = flag.start, flag.end
        flagged = concepts({w.stem for w in words(draft[start:end]) if w.content})
        if kind == "deficit" and flagged and flagged <= all_source:
            continue
        unit = next((u for u in draft_units if u.start <= start < u.end), None)
        near = None
        if unit is not None:
            support, best_i, _ = _align(unit, src_units, windows, idf)
            near = source_sentences[best_i] if best_i >= 0 else None
            # the opening line that names who took part is no opinion ('Tia's mother,
            # Lorraine, was there.'), as it is no statement to support
            if kind != "deficit" and (unit.title or unit.names_line
                                      or support >= SETTINGS["opinion_supported"]):
                continue
        found.append(_finding("wording_introduced", draft, start, end, near, texts,
                              f"'{draft[start:end][:60]}' is not in the source "
                              f"({flag.subtype})", "warning"))
    if all_stems is not None:
        found.extend(_judgements(draft, draft_units, all_stems, src_units, source_sentences,
                                 windows, idf, texts, found))
    return found


def _negated_in_clause(text: str, at: int) -> bool:
    """A negation cue (data/negation.yaml) earlier in the clause that holds text[at]
    ('nothing suspicious', 'was not guarded'): the draft reports good behaviour."""
    from sos_lang.lexicon.negation import negation_rules

    begin = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    return negation_rules().any_cue.search(text.lower(), begin, at) is not None


def _judgements(draft: str, draft_units: list[_Unit], all_stems: set[str],
                src_units: list[_Unit], source_sentences: list[Sentence],
                windows: list[set[str]], idf: dict[str, float], texts: list[str],
                flagged: list[SourceFinding]) -> list[SourceFinding]:
    """A word judging a person's manner, motive, habits or care ('was guarded', 'drinks
    heavily'; compare.yaml judgement_words) that no source holds: the note-taker's
    judgement where the speaker described what happened. No deficit label in itself, so
    the analyser's flags do not carry it. A span already flagged is not flagged again."""
    found = []
    for unit in draft_units:
        if unit.title:
            continue
        near: Sentence | None = None
        aligned = False
        for match in vocabulary().judgements.finditer(unit.text):
            s, e = unit.start + match.start(), unit.start + match.end()
            if {w.stem for w in words(match.group())} <= all_stems or any(
                    f.start < e and s < f.end for f in flagged) \
                    or _negated_in_clause(unit.text, match.start()):
                continue
            if not aligned:  # the unit's nearest source sentence, once for all its words
                _, best_i, _ = _align(unit, src_units, windows, idf)
                near = source_sentences[best_i] if best_i >= 0 else None
                aligned = True
            found.append(_finding("wording_introduced", draft, s, e, near, texts,
                                  f"'{match.group()}' is not in the source (a judgement "
                                  "of manner, motive or care)", "warning"))
    return found


def _short_turns_joined(sentences: list[Sentence], units: list[_Unit],
                        labels: list[Classification], texts: list[str], groups: bool,
                        ) -> tuple[list[Sentence], list[_Unit], list[Classification]]:
    """A young child's short sentences in one turn ('Swimming with Tata. On Saturday. I can
    do a width.') joined into one utterance, so that what a child under ten says in
    fragments is checked as the one thing it is; each label the most confident of its
    parts. Older children's short sentences are asides ('I don't know.') and stay apart."""
    out_s: list[Sentence] = []
    out_u: list[_Unit] = []
    out_l: list[Classification] = []
    for sentence, unit, label in zip(sentences, units, labels, strict=True):
        age = age_of(sentence.speaker)
        if out_s and sentence.child and not sentence.quoted and len(unit.stems) < 3 \
                and age is not None and age < SETTINGS["fragment_age_below"]:
            last = out_s[-1]
            text = texts[sentence.source_index]
            if last.child and not last.quoted and last.source_index == sentence.source_index \
                    and last.speaker == sentence.speaker and len(out_u[-1].stems) < 4 \
                    and "\n" not in text[last.end:sentence.start]:
                out_s[-1] = Sentence(last.source_index, last.start, sentence.end,
                                     text[last.start:sentence.end], last.speaker, True)
                out_u[-1] = _unit(text, last.start, sentence.end, groups)
                out_l[-1] = max(out_l[-1], label, key=lambda c: (c.label != "other",
                                                                  c.confidence))
                continue
        out_s.append(sentence)
        out_u.append(unit)
        out_l.append(label)
    return out_s, out_u, out_l


def _child_about_self(text: str, unit: _Unit) -> bool:
    """A child's short sentence about themselves, in the first person or as a question
    ("I don't want to go back out there.", 'Can Mum come to the next one too?', 'Mama
    sings to me.'), with at least two content words of its own besides the first-person
    ones: the child's own words even so short (data: child_short_turns). A short remark
    about something else ("It's two buses now.", 'Anita picked him up.') or one of a
    single word and a contraction ("I don't know.") is small talk, as before."""
    vocab = vocabulary()
    own = [w for w in words(text) if w.text.lower() in vocab.child_self]
    # a contraction ("don't", "can't") carries no content of its own here
    content = {c for c in unit.stems if c not in vocab.child_self and not c.isdigit()
               and "'" not in c and "’" not in c}
    asks = text.rstrip(" \"”’'").endswith("?")
    return (bool(own) or asks) and len(content) >= SETTINGS["child_self_min_words"]


def _left_out(draft: str, source_sentences: list[Sentence], src_units: list[_Unit],
              labels: list[Classification], draft_units: list[_Unit],
              idf: dict[str, float]) -> list[SourceFinding]:
    """Child's words (quoted or in a child's turn) and worry, danger, strength and safety
    statements of the source that no draft sentence (with its neighbours) carries. An
    adult's question ('Can we think about how to make that less likely?') asks for a
    statement and is not one; a child's question is their own words and counts."""
    key_words = vocabulary().child_key

    def keyed(text: str, content: set[str]) -> set[str]:
        # in a child's quoted words, key words count even when they are stop words ('I
        # like it', 'nobody asked me'); in speech they are often fillers ('like, a bonus')
        return content | ({w.stem for w in words(text)} & key_words)

    draft_windows = [set().union(*(keyed(u.text, u.concepts)
                                   for u in draft_units[max(0, i - 1):i + 2]))
                     for i in range(len(draft_units))]
    quoted = [keyed(m.group(1), concepts({w.stem for w in words(m.group(1)) if w.content}))
              for m in _DRAFT_QUOTE.finditer(draft)]
    found: list[SourceFinding] = []
    taken: list[tuple[int, int, int]] = []
    # a child's quoted or relayed words first: the sentence around them is then not
    # flagged again for the same passage
    order = sorted(range(len(source_sentences)),
                   key=lambda i: (not source_sentences[i].quoted, not source_sentences[i].child))
    for i in order:
        sentence, unit = source_sentences[i], src_units[i]
        needed = keyed(sentence.text, unit.concepts) if sentence.quoted else unit.concepts
        # words, not their groups or a number word's digits, say whether it says enough
        if len({c for c in needed if not c.startswith("g:")
                and (c in unit.stems or not c.isdigit())}) < 3 \
                and not (sentence.child and _child_about_self(sentence.text, unit)):
            continue
        covered = max((_coverage(needed, w, idf) for w in draft_windows), default=0.0)
        label = labels[i]
        if sentence.child:
            # quoted words were already judged worth keeping by whoever wrote them down
            key = sentence.quoted or bool(needed & key_words) or (
                label.label != "other" and label.confidence >= SETTINGS["left_out_confidence"])
            if not key:
                continue
            in_quotes = max((_coverage(needed, q, idf) for q in quoted), default=0.0)
            # words the source quotes should stay quoted; a turn may be paraphrased closely
            missing = in_quotes < SETTINGS["child_covered"] and (
                sentence.quoted or covered < SETTINGS["child_paraphrased"])
            covered, severity = max(in_quotes, covered), "error"
            what = "the child's own words (not quoted in the draft)"
        elif label.label in ("harm", "danger", "strength", "safety") \
                and label.confidence >= SETTINGS["left_out_confidence"] \
                and not not_a_statement(sentence.text) \
                and not sentence.text.rstrip(" \"”’'").endswith("?") \
                and (not vocabulary().meeting_staff.search(sentence.speaker)
                     or (label.label == "danger"
                         and label.confidence >= SETTINGS["staff_danger_confidence"])):
            missing, severity = covered < SETTINGS["left_out_below"], "warning"
            what = f"a {label.label} statement"
        else:
            continue
        if not missing or any(k == sentence.source_index and s < sentence.end and sentence.start < e
                              for k, s, e in taken):
            continue
        taken.append((sentence.source_index, sentence.start, sentence.end))
        found.append(SourceFinding("left_out", 0, 0, "", sentence.source_index, sentence.start,
                                   sentence.end, sentence.text,
                                   f"{what} in the source that the draft does not carry "
                                   f"(covered {covered:.2f})", severity))
    return found



_POLARITY_CLAUSE_END = re.compile(rf"{_CLAUSE_END.pattern}|\s[-–—]\s|\b(?:although|though)\b")
"""What ends a clause for the polarity check: _CLAUSE_END itself, a spaced dash ('HV not
avail - sent info by email') and 'although'."""


_CONTRAST = re.compile(r";|\bbut\b")
"""What parts a sentence into what is and what is not ('has spoken to mum but has no
details')."""


def _negates(word: Word, text: str) -> bool:
    """Whether the word negates what follows it: one of the shared negation cues
    (data/negation.yaml cues, the ones the wording check reads), not before a word that
    turns it into no negation ('not only', 'no doubt'; not_negation_after), or a word
    ending in "n't" (either apostrophe: the tokens split a curly "hasn’t" into 'hasn' and
    't'), or a word that holds its negation inside it (polarity one_word_negations:
    'cannot', 'unable')."""
    from sos_lang.lexicon.negation import negation_rules

    rules = negation_rules()
    lowered = word.text.lower()
    if lowered in rules.cues:
        after = re.match(r"\W*(\w+)", text[word.end:word.end + 20])
        return after is None or after.group(1).lower() not in rules.not_negation_after
    return lowered in vocabulary().one_word_negations or lowered.endswith("n't") \
        or (lowered.endswith("n") and text[word.end:word.end + 2] in ("’t", "'t"))


def _negated_clauses(text: str) -> list[tuple[list[Word], int]]:
    """Each negated clause of text that says what is, not what might be (no word of
    polarity hypothetical_words), with its words and where its first negation ends."""
    vocab = vocabulary()
    out = []
    begin = 0
    for match in [*_POLARITY_CLAUSE_END.finditer(text), None]:
        stop = match.start() if match else len(text)
        found = words(text[begin:stop], begin)
        begin = match.end() if match else len(text)
        cues = [w.end for w in found if _negates(w, text)]
        if cues and not any(w.text.lower() in vocab.hypothetical_words for w in found):
            out.append((found, cues[0]))
    return out


def _polarity_keys(found: list[Word], text: str) -> dict[str, Word]:
    """The content words of a clause or sentence by concept (a word and its paraphrase
    group), less numbers, names (a capital past the text's first word), negations and
    the group of 'said' (who said it is no part of what was said)."""
    vocab = vocabulary()
    said = vocab.group_of.get("said")
    out: dict[str, Word] = {}
    for word in found:
        if not word.content or word.text[:1].isdigit() or _negates(word, text) \
                or (word.start and word.text[:1].isupper()) \
                or vocab.group_of.get(word.stem) == said:
            continue
        for concept in concepts({word.stem}):
            out.setdefault(concept, word)
    return out


def _affirms(text: str) -> bool:
    """Whether text states something without any negation: no negation word, no word
    that negates by its meaning ('missed', 'prevents') or written form ('non-mobile',
    'w/o'), and nothing hypothetical (data: polarity)."""
    vocab = vocabulary()
    lowered = text.lower()
    return not any(_negates(w, text) or w.text.lower() in vocab.negative_words
                   or w.text.lower() in vocab.hypothetical_words for w in words(text)) \
        and vocab.negative_prefix.search(lowered) is None


_WILL = re.compile(r"['’]ll\b")
"""'We'll', 'I'll': a next step in the contracted form _PLAN's "will" does not match."""


def _an_account(sentence: str) -> bool:
    """Whether a sentence tells what is or was, where a retelling can turn it round: not a
    question, nor a next step or plan ("will", "'ll"), which says nothing of what is."""
    return not (sentence.rstrip(" \"”’'").endswith("?") or _PLAN.search(sentence)
                or _WILL.search(sentence))


def _polarity_flipped(one: str, other: str) -> str:
    """The shared words when one of two sentences, the one retelling the other, says the
    opposite ('Police have been informed' for 'Police not informed by ED'): a negated
    clause of one shares at least two content words with the other, one of them after
    the negation, and the other affirms with no negation at all (see _affirms). A
    question or a next step in either is no account: '' then, as when nothing is flipped.
    """
    if not (_an_account(one) and _an_account(other)):
        return ""
    for negated, affirmed in ((one, other), (other, one)):
        whole = _affirms(affirmed)
        for have in ([_polarity_keys(words(affirmed), affirmed)] if whole
                     else _affirmed_parts(affirmed)):
            for found, cue in _negated_clauses(negated):
                keys = _polarity_keys(found, negated)
                shared = set(keys) & set(have)
                after = [w for w in found if w.start >= cue and w.content]
                if len({keys[c].stem for c in shared}) >= 2 \
                        and any(keys[c].start >= cue for c in shared) \
                        and (whole or (after and concepts({after[0].stem}) & shared)):
                    return ", ".join(sorted({keys[c].text for c in shared}))
    return ""


def _antonym_flipped(draft_sentence: str, source_sentence: str) -> str:
    """The opposite words when a draft sentence that retells a source sentence puts a
    word's opposite in place of it ('Mum declined the medicine box' for 'Mum accepted
    the medicine box'): word overlap passes it, and no negation word shows the turn.
    The pairs are WordNet's antonyms (see vocabulary.antonyms). Each word must be absent
    from the other sentence (a sentence that holds both weighs them: 'clean but not
    tidy'), and neither sentence may be negated, hypothetical, a question or a next step,
    where an opposite agrees ('did not accept' for 'declined') or says nothing of what is.
    """
    if not (_an_account(draft_sentence) and _an_account(source_sentence)):
        return ""
    vocab = vocabulary()
    found = []
    for text in (draft_sentence, source_sentence):
        tokens = words(text)
        if any(_negates(w, text) or w.text.lower() in vocab.hypothetical_words
               for w in tokens) or vocab.negative_prefix.search(text.lower()):
            return ""
        found.append({w.stem: w for w in tokens if w.content})
    draft_words, source_words = found
    table = antonyms()
    for key, word in draft_words.items():
        if key in source_words:
            continue
        for other in sorted(table.get(key, ())):
            if other in source_words and other not in draft_words:
                return f"'{word.text}' in the draft, '{source_words[other].text}' in the source"
    return ""


def _affirmed_parts(text: str) -> list[dict[str, Word]]:
    """The polarity keys of each part of a sentence that contrasts what is with what is
    not ('Library staff have spoken to mum but have no contact details'): its parts
    before and after 'but' or a semicolon that hold no negation (see _affirms) and follow
    no negated part. A flip against such a part must turn round the very word the
    negation negates (the first content word after it: 'have not spoken to his mum'), as
    the part shares less of the sentence than a whole one."""
    out, negated, begin = [], False, 0
    for match in [*_CONTRAST.finditer(text), None]:
        stop = match.start() if match else len(text)
        part = text[begin:stop]
        if part.strip() and not negated and _affirms(part):
            out.append(_polarity_keys(words(part, begin), text))
        else:
            negated = True
        begin = match.end() if match else len(text)
    return out


def _clause_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause (see _POLARITY_CLAUSE_END) that holds text[start:end]."""
    begin = max((m.end() for m in _POLARITY_CLAUSE_END.finditer(text, 0, start)), default=0)
    stop = next((m.start() for m in _POLARITY_CLAUSE_END.finditer(text, end)), len(text))
    return begin, stop


def _done(text: str) -> tuple[str, set[str]]:
    """The first completed action of text ('has already informed', 'have been given') and
    the concepts of its clause: a perfect before a past participle (in -ed, or
    irregular_participles.txt), not one that takes a plan before its "to" ('has agreed to
    ring' retells the plan; data: done_from_plan plan_participles), in a clause with no
    negation, plan ('Dad to ring once school has replied') or supposition ('if'), and
    that opens with no word of a background clause ('I will check in with Niamh, after
    Jenny has spoken to the employer'; background_openers). ('', set()) when there is
    none."""
    vocab = vocabulary()
    irregular = load_word_list("irregular_participles.txt")
    for match in vocab.done_form.finditer(text):
        participle = match.group("participle").lower()
        if not (participle.endswith("ed") or participle in irregular) \
                or (participle in vocab.plan_participles
                    and re.match(r"\s+to\b", text[match.end():])):
            continue
        begin, end = _clause_at(text, match.start(), match.end())
        clause = words(text[begin:end], begin)
        # a clause that negates, plans or supposes states nothing done, and one that
        # opens with 'after' or 'which' gives the background of the claim
        if (clause and clause[0].text.lower() in vocab.background_openers) or any(
                _negates(w, text) or w.text.lower() in vocab.hypothetical_words
                for w in clause) or vocab.plan_form.search(text[begin:end]) \
                or _PLAN.search(text[begin:end]):
            continue
        return text[match.start():match.end()], concepts({w.stem for w in clause if w.content})
    return "", set()


def _done_from_plan(draft_sentence: str, source_sentence: str) -> str:
    """The draft's completed action when the source sentence it retells gives the action
    as a plan ('My manager can give it to police in the morning', "I'll ring her mum"),
    whose clause after the plan word shares a word with the done action's clause, and
    says nothing done itself (no perfect of its own): the draft records as done what is
    still to come (data: done_from_plan). A question in the source asks, and plans
    nothing. '' when the draft keeps the plan or states nothing done."""
    if source_sentence.rstrip(" \"”’'").endswith("?") \
            or vocabulary().done_form.search(source_sentence):
        return ""
    done, about = _done(draft_sentence)
    for plan in vocabulary().plan_form.finditer(source_sentence):
        # the plan is of the same action: its clause shares a word with the done one's
        _, end = _clause_at(source_sentence, plan.start(), plan.end())
        found = words(source_sentence[plan.end():end], plan.end())
        if done and about & concepts({w.stem for w in found if w.content}):
            return done
    return ""


def _count_before(found: list[Word], i: int) -> float | None:
    """The count of the noun found[i] by the words before it in its noun phrase: the
    leftmost count word (data: counted_nouns count_words, or a number) of up to three
    words before it that are count words or content words ('a fifty pound note' -> 1,
    'four little round ones' -> 4); None when none counts it."""
    vocab = vocabulary()
    count = None
    for word in reversed(found[max(0, i - SETTINGS["count_phrase_words"]):i]):
        lowered = word.text.lower()
        value = vocab.count_words.get(lowered, vocab.numbers.get(lowered))
        if value is None and lowered.isdigit():
            value = float(lowered)
        if value is not None:
            count = value
        elif not word.content:
            break
    return count


def _plural(word: Word) -> bool:
    """Whether the word is a plural in -s: without its s it has the same stem ('notes',
    'incidents'; not 'previous', 'bus')."""
    lowered = word.text.lower()
    return lowered.endswith("s") and not lowered.endswith("ss") \
        and stem(lowered[:-1]) == word.stem


def _made_many(draft: str, unit: _Unit, said: list[str], near: Sentence | None,
               texts: list[str], flagged: list[SourceFinding]) -> list[SourceFinding]:
    """A thing the source counts as one ('he paid with a fifty pound note', 'a bruise on
    his upper arm', 'Previous incidents: one') that the draft makes several ('several £50
    notes', 'several bruises'; data: counted_nouns): a vague amount with a least count
    before a plural noun whose stem a source counts as one and none counts as more (a
    number above one before it, or the plural with no count of one after it). A span
    already flagged is not flagged again."""
    vocab = vocabulary()
    out = []
    for match in vocab.many_before.finditer(unit.text):
        # the noun phrase's words up to its first stop word other than a number ('several
        # twenty pound notes'); its noun is the last plural
        phrase = []
        for word in words(unit.text[match.end():], match.end())[
                :SETTINGS["count_phrase_words"] + 1]:
            if not word.content and word.text.lower() not in vocab.numbers:
                break
            phrase.append(word)
        nouns = [w for w in phrase if _plural(w)]
        if not nouns:
            continue
        noun = nouns[-1]
        one, more = _source_counts(noun.stem, said)
        if not one:
            continue
        s, e = unit.start + match.start(), unit.start + noun.end
        if not more and not _flagged_invented(flagged, s, e):
            out.append(_finding("invented_specific", draft, s, e, near, texts,
                                f"'{draft[s:e]}' where the source counts one", "error"))
    return out


def _source_counts(noun: str, said: list[str]) -> tuple[bool, bool]:
    """Whether the sources count the noun (a stem) as one somewhere ('a bruise',
    'incidents at address: one'), and whether they count it as more somewhere (a number
    above one before it, or a plural with no count before it)."""
    one = more = False
    for text in said:
        found = words(text)
        for i, word in enumerate(found):
            if word.stem != noun:
                continue
            count = _count_before(found, i)
            if count == 1 or vocabulary().counted_one_after.match(text, word.end):
                one = True
            elif (count is not None and count > 1) or (count is None and _plural(word)):
                more = True
    return one, more
