"""What a search hit matched: a short piece of text around the first matching word.

Only fields that are not sensitive are ever quoted, whatever was searched: when a hit matched
only in a sensitive field (a legal name, a relative's name, contact details), the snippet says
so without showing it; nor is the name of a defender who has a codename (screens show the
codename; the name only on the Profile tab). Matching folds case, Latin diacritics and Arabic
marks as the search index does (store/search_index.py), so the piece shown is the one the index
found.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from ..model.display import hidden_fields
from ..model.fields import FieldKind, field_infos
from ..model.records import KINDS
from ..store.search_index import normalize

QUOTED = (FieldKind.TEXT, FieldKind.LONGTEXT, FieldKind.TEXT_LIST)
HIDDEN_MATCH = "matched a hidden field (its value is not shown)"
NAME_MATCH = "matched the defender's name (shown on the Profile tab)"
ELLIPSIS = "…"


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", normalize(ch).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _folded(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        piece = _fold_char(ch)
        out.append(piece)
        origin.extend([index] * len(piece))
    return "".join(out), origin


def query_words(query: str) -> list[str]:
    words = [_folded(word)[0] for word in query.replace('"', " ").split()]
    return [w for w in words if any(c.isalnum() for c in w)]


def _first_match(text: str, words: list[str]) -> tuple[int, int] | None:
    folded, origin = _folded(text)
    best: tuple[int, int] | None = None
    for word in words:
        at = folded.find(word)
        if at >= 0 and (best is None or at < best[0]):
            end = origin[min(at + len(word), len(origin)) - 1] + 1
            best = (origin[at], end)
    return best


def _cut(text: str, start: int, end: int, width: int) -> str:
    """About `width` characters of one-line `text` around [start, end), cut at spaces."""
    room = max(0, width - (end - start)) // 2
    left, right = max(0, start - room), min(len(text), end + room)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    piece = text[left:right].strip()
    return f"{ELLIPSIS if left > 0 else ''}{piece}{ELLIPSIS if right < len(text) else ''}"


def match_snippet(kind: str, fields: Mapping[str, Any], query: str, *,
                  searched_sensitive: bool = False, width: int = 70,
                  marked: Iterable[str] = ()) -> str:
    """A short quote of the first non-sensitive field that holds a query word; empty when
    none does (the title or a vocabulary label matched). Never a sensitive field's text, nor
    one marked sensitive for this record (`marked`)."""
    hidden = hidden_fields(kind, marked)
    words = query_words(query)
    if not words:
        return ""
    infos = field_infos(KINDS[kind].cls)
    hidden_match = False
    # A defender with a codename is shown by it everywhere but on the Profile tab: the name is
    # not quoted either (domain rule), only said to have matched.
    name_kept = kind == "defender" and bool(fields.get("codename"))
    name_match = False
    for name, info in infos.items():
        if info.kind not in QUOTED:
            continue
        value = fields.get(name)
        text = ", ".join(map(str, value)) if isinstance(value, list) else str(value or "")
        text = " ".join(text.split())  # one line
        if not text:
            continue
        found = _first_match(text, words)
        if found is None:
            continue
        if name in hidden:
            hidden_match = True
            continue
        if name_kept and name == "name":
            name_match = True
            continue
        return f"{info.label}: {_cut(text, found[0], found[1], width)}"
    if name_match:
        return NAME_MATCH
    return HIDDEN_MATCH if hidden_match and searched_sensitive else ""
