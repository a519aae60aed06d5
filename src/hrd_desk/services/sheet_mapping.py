"""Which column of a spreadsheet is which field, and which vocabulary term a cell names.

Columns match a field's name or its label; vocabulary cells match a term's slug or label; both
case- and accent-insensitively (`fold`). Every label a column or a cell may carry comes from ONE
function, `labels_of`: the English labels of the model and their translations in every shipped
catalogue (i18n/*.qm: field labels in the context "Field", vocabulary labels in "Vocab"; English
words win where a translation happens to spell another field's English label). Anything else is
mapped by a mapping file (docs/cli.md, `import-sheet`) or, in the GUI, by choosing per column.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..errors import RejectedInput
from ..model.fields import FieldInfo, field_infos
from ..model.records import KINDS
from ..model.vocab import COUNTRIES, VOCABULARIES, Vocabulary, vocab_context
from .catalogues import translations_of

IGNORE = "ignore"  # a column the user chose not to import
MAX_MAPPING_BYTES = 256 * 1024

_INCLUSIVE = re.compile(r"[·/]\w{1,3}\b")
FIELD_CONTEXT = "Field"  # the catalogues' context of field labels (ui/vocab_strings.py)
VOCAB_CONTEXT = "Vocab"  # and of vocabulary labels (model/vocab.vocab_context: some their own)
COUNTRY_CONTEXT = "Country"  # country names (iso-codes' translations)


def labels_of(english: str, context: str) -> tuple[str, ...]:
    """THE one place that says which words stand for a label: the English source label and its
    translation in every shipped language (the catalogues the GUI uses, read by
    services/catalogues.py)."""
    translated = translations_of(context, english)
    # inclusive forms as the catalogues write them ("Défenseur·e", "Defensor/a", "المدافع/ة")
    # also match the word a spreadsheet usually has ("Défenseur", "Defensor", "المدافع")
    plain = [_INCLUSIVE.sub("", t) for t in translated if _INCLUSIVE.search(t)]
    return tuple(dict.fromkeys((english, *translated, *plain)))


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: 'Pays d’origine ' -> 'pays d origine'.
    Arabic loses its short vowels and hamza marks (combining, as accents) and the article
    al- (ال) of each word: a heading says 'البلد' or 'بلد' alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    spaced = "".join(c if c.isalnum() else " " for c in bare)
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in spaced.split())


@cache
def _field_index(kind: str) -> dict[str, str]:
    index: dict[str, str] = {}
    infos = field_infos(KINDS[kind].cls)
    for name, info in infos.items():  # English first: a translation never takes its place
        index.setdefault(fold(name), name)
        index.setdefault(fold(info.label), name)
    for name, info in infos.items():
        for word in labels_of(info.label, FIELD_CONTEXT)[1:]:
            index.setdefault(fold(word), name)
    for name in infos:  # the field's name translated where another kind's label says it:
        as_label = name.replace("_", " ").capitalize()  # a defender's "name" is "Nom" too
        for word in labels_of(as_label, FIELD_CONTEXT)[1:]:
            index.setdefault(fold(word), name)
    for key, name in list(index.items()):  # "Defender" for "Defenders", and the other way
        index.setdefault(key[:-1] if key.endswith("s") else key + "s", name)
    return index


def field_for_heading(kind: str, heading: str) -> str | None:
    """The field a column heading names (field name or label, any shipped language), or None."""
    return _field_index(kind).get(fold(heading))


def closest_fields(kind: str, heading: str) -> list[str]:
    index = _field_index(kind)
    near = difflib.get_close_matches(fold(heading), list(index), n=3, cutoff=0.6)
    return list(dict.fromkeys(index[n] for n in near))


@dataclass(frozen=True)
class VocabHit:
    slug: str | None
    suggestions: tuple[str, ...] = ()  # the closest terms for the CLI: "slug (English label)"
    slugs: tuple[str, ...] = ()  # the same terms' slugs, for a face to word in its language


@cache
def _vocab_index(name: str) -> dict[str, str]:
    vocabulary: Vocabulary = COUNTRIES if name == "countries" else VOCABULARIES[name]
    context = COUNTRY_CONTEXT if name == "countries" else vocab_context(name)
    index: dict[str, str] = {}
    for term in vocabulary.terms:
        index.setdefault(fold(term.slug), term.slug)
    for translated in (False, True):  # English first: a translation never takes its place
        for term in vocabulary.terms:
            labels = labels_of(term.label, context)
            for label in labels[1:] if translated else labels[:1]:
                index.setdefault(fold(label), term.slug)
                if ":" in label:  # "3: direct threat" also as "direct threat"; "Colleagues:
                    before, _, after = label.partition(":")  # named ..." as "Colleagues"
                    index.setdefault(fold(after), term.slug)
                    index.setdefault(fold(before), term.slug)
    return index


def match_term(vocab: str, text: str, extra: Mapping[str, str] | None = None) -> VocabHit:
    """The slug a cell names in a vocabulary ('countries' too), or None with the closest ones.

    `extra`: the mapping file's own words for this field (folded word -> slug).
    """
    key = _fold_cached(text)
    if extra and key in extra:
        return VocabHit(extra[key])
    return _match(vocab, key)


@functools.lru_cache(maxsize=4096)
def _fold_cached(text: str) -> str:
    return fold(text)


@functools.lru_cache(maxsize=4096)  # a sheet repeats its few values thousands of times
def _match(vocab: str, key: str) -> VocabHit:
    index = _vocab_index(vocab)
    if key in index:
        return VocabHit(index[key])
    near = difflib.get_close_matches(key, list(index), n=6, cutoff=0.5)
    labels = COUNTRIES if vocab == "countries" else VOCABULARIES[vocab]
    suggestions = list(dict.fromkeys(index[n] for n in near))[:3]
    return VocabHit(None, tuple(f"{s} ({labels.label(s)})" if labels.label(s) != s else s
                                for s in suggestions), tuple(suggestions))


@dataclass
class ColumnMapping:
    """What a mapping file (or the GUI's choices) says: column -> field or IGNORE, and words of
    the file that stand for vocabulary terms (field -> folded word -> slug)."""

    columns: dict[str, str] = field(default_factory=dict)  # heading or "column C" -> field
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def field_of(self, kind: str, heading: str, letter: str) -> str | None:
        for key in (f"column {letter}" if letter else "", heading):
            if key in self.columns:
                return self.columns[key]
        wanted = fold(heading)
        for key, target in self.columns.items():
            if wanted and fold(key) == wanted:
                return target
        return field_for_heading(kind, heading) if heading.strip() else None


def load_mapping(kind: str, path: Path) -> ColumnMapping:
    """Read a mapping file (TOML; docs/cli.md shows one) and check it against the kind."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RejectedInput(f"mapping file {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_MAPPING_BYTES:
        raise RejectedInput(f"mapping file {path.name} is larger than 256 KiB")
    try:
        doc = tomllib.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RejectedInput(f"mapping file {path.name} is not valid TOML: {exc}") from None
    unknown = sorted(set(doc) - {"columns", "values"})
    if unknown:
        raise RejectedInput(f"mapping file {path.name}: unknown section [{unknown[0]}] (use "
                            "[columns] and [values.FIELD])")
    infos = field_infos(KINDS[kind].cls)
    mapping = ColumnMapping()
    columns = doc.get("columns", {})
    if not isinstance(columns, dict):
        raise RejectedInput(f"mapping file {path.name}: [columns] must be a table")
    for heading, target in columns.items():
        if not isinstance(target, str) or (target != IGNORE and target not in infos):
            raise RejectedInput(
                f"mapping file {path.name}: column {heading!r} -> {target!r} is not a field of a "
                f"{KINDS[kind].label} (fields: {', '.join(infos)}; or \"{IGNORE}\")")
        mapping.columns[heading] = target
    values = doc.get("values", {})
    if not isinstance(values, dict):
        raise RejectedInput(f"mapping file {path.name}: [values] must hold tables")
    for name, words in values.items():
        info: FieldInfo | None = infos.get(name)
        vocab = "countries" if info is not None and info.kind == "country" else (
            info.vocab if info is not None else None)
        if vocab is None or not isinstance(words, dict):
            raise RejectedInput(f"mapping file {path.name}: [values.{name}] must name a field "
                                "with a vocabulary or a country and hold word = \"slug\" lines")
        table: dict[str, str] = {}
        for word, slug in words.items():
            hit = match_term(vocab, str(slug)) if isinstance(slug, str) else VocabHit(None)
            if hit.slug is None:
                raise RejectedInput(f"mapping file {path.name}: [values.{name}] {word!r} -> "
                                    f"{slug!r} is not a known value")
            table[fold(word)] = hit.slug
        mapping.values[name] = table
    return mapping
