"""Vietnamese text helpers: search folding, name comparison and collation keys.

SQLite's FTS5 ``remove_diacritics 2`` folds tone marks but not ``đ`` (DESIGN.md §8), so the
indexed text and the query are folded here, the same way, before SQLite sees them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, diacritic-free form used for search: ``Đồng Đăng`` → ``dong dang``."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return _SPACES.sub(" ", stripped.lower()).strip()


def search_terms(query: str) -> list[str]:
    """Words of a search query, folded; punctuation is dropped."""
    return re.findall(r"\w+", fold(query))


def normalize_name(name: str) -> str:
    """Canonical form for comparing names: NFC, single spaces, tone marks placed uniformly.

    "Hòa" and "Hoà" differ only in where the tone mark sits (old vs new style); both become
    the same string here, so catalogue imports treat them as equal.
    """
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip()
    return collation_key(text)


# Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = {
    "\u0300": 1,  # huyền
    "\u0309": 2,  # hỏi
    "\u0303": 3,  # ngã
    "\u0301": 4,  # sắc
    "\u0323": 5,  # nặng
}
_VOWEL_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve (ă), circumflex (â ê ô), horn (ơ ư)


def collation_key(text: str) -> str:
    """A string whose plain (binary) order is Vietnamese dictionary order.

    Primary level: letters in the Vietnamese alphabet, ignoring tones; secondary level: the
    tone of each syllable (none, huyền, hỏi, ngã, sắc, nặng), wherever the mark sits in the
    syllable ("Hòa" and "Hoà" get the same key). Stored beside titles so the database can
    sort a million rows by name with an ordinary index.
    """
    primary: list[str] = []
    tones: list[str] = []
    syllable_tone = 0
    in_syllable = False
    for ch in unicodedata.normalize("NFD", text.lower()):
        if ch in _TONES:
            syllable_tone = _TONES[ch]
            continue
        if ch in _VOWEL_MARKS and primary:
            base = unicodedata.normalize("NFC", _BASE_OF.get(primary[-1], primary[-1]) + ch)
            primary[-1] = _letter(base)
            continue
        if unicodedata.combining(ch):
            continue
        if ch.isalpha():
            in_syllable = True
        elif in_syllable:
            tones.append(str(syllable_tone))
            syllable_tone, in_syllable = 0, False
        primary.append(_letter(ch))
    if in_syllable:
        tones.append(str(syllable_tone))
    return "".join(primary) + "\x01" + "".join(tones)


def _letter(ch: str) -> str:
    index = _ALPHABET.find(ch)
    if index >= 0:
        return chr(0x100 + index)  # letters after digits and punctuation, in Vietnamese order
    if ch in _FOREIGN:  # f j w z sort right after the Vietnamese letter before them
        return chr(0x100 + _ALPHABET.find(_FOREIGN[ch])) + "\x02"
    return ch


_FOREIGN = {"f": "e", "j": "i", "w": "v", "z": "y"}
_BASE_OF = {chr(0x100 + i): c for i, c in enumerate(_ALPHABET)}


# -- text at the boundaries (window, command line, imported files) ------------------------

_ASCII_INT = re.compile(r"[0-9]+", re.ASCII)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_CLOCK = re.compile(r"([0-9]{1,2}):([0-9]{2})", re.ASCII)
# Bidirectional embeddings, overrides and isolates (a title could be shown reversed) and
# the byte-order mark: never part of a title, a name or a note.
_INVISIBLE = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


def count_text(value: int) -> str:
    """A whole number with Vietnamese digit grouping: 1.234.567 (``report_text`` re-exports
    it; the window's log imports it from here, without the report modules)."""
    return f"{value:,}".replace(",", ".")


def nfc(text: str) -> str:
    """Text as stored: NFC (a macOS keyboard or a Windows-1258 file sends combining marks)."""
    return unicodedata.normalize("NFC", text)


def ascii_int(text: str) -> int | None:
    """The number ``text`` spells in ASCII digits, else None.

    ``str.isdigit`` is true for "²", "１２" and "٣" (and ``int`` reads the last two): only
    0–9 count as digits in this app's numbers.
    """
    stripped = text.strip()
    return int(stripped) if _ASCII_INT.fullmatch(stripped) else None


def strict_date(text: str) -> dt.date | None:
    """A date written exactly YYYY-MM-DD (nothing before or after it), else None."""
    stripped = text.strip()
    if not _ISO_DATE.fullmatch(stripped):
        return None
    try:
        return dt.date.fromisoformat(stripped)
    except ValueError:
        return None


def strict_time(text: str) -> dt.time | None:
    """A time of day written H:MM or HH:MM in ASCII digits, else None."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    return dt.time(hours, minutes) if hours < 24 and minutes < 60 else None


def forbidden_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character a stored text may not hold, as "U+0000", else None.

    Control characters (NUL, ESC, the tab…), line and paragraph separators (U+2028,
    U+2029), surrogates and bidirectional overrides. ``multiline`` texts (notes) may hold
    line feeds.
    """
    for ch in text:
        if multiline and ch == "\n":
            continue
        if ch in _INVISIBLE or unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cs"):
            return f"U+{ord(ch):04X}"
    return None
