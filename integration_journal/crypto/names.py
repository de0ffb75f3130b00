"""The rules for a person's name: the profile's display name, the name on a contact card, and the name
a contact is kept under (docs/share-format.md, "Names").

A name is shown wherever the app says who something is from or for, so it must look like what it is:

- **No controls and no invisible characters.** Refused: every character of the Unicode categories Cc
  (controls: C0, DEL, C1 such as U+0085), Cf (format characters: the bidirectional overrides such as
  U+202E, zero-width spaces and joiners, soft hyphen), Zl and Zp (line and paragraph separators), Cs
  (lone surrogates), and the fillers that draw as nothing (U+034F, U+115F, U+1160, U+17B4, U+17B5,
  U+180B-U+180F, U+3164, U+FFA0). One exception keeps emoji whole: U+200D ZERO WIDTH JOINER between
  two emoji (as in a rainbow flag or "health worker"), where it draws as nothing but one picture.
- **One written form.** A name is kept NFC-normalised, with runs of spaces made one space and none at
  the ends, so two ways of typing "José" are one name.
- **No look-alikes among contacts.** `skeleton` maps a name to what it looks like: NFKC (full-width and
  stylised letters to plain ones), the common Cyrillic and Greek letters that look Latin to their Latin
  twins, I/l/1 and O/0 to one letter each, "rn" to "m" and "vv" to "w", then lower case. Two names
  with the same skeleton look alike on screen. There is no confusables table in the standard library;
  this small table covers the letters an impersonator reaches for first (Unicode's full table, UTS #39,
  has thousands of entries). core.sharing refuses to add a contact whose name looks like another
  contact's unless the person confirms it.
"""

from __future__ import annotations

import unicodedata

REFUSED_CATEGORIES = frozenset(("Cc", "Cf", "Zl", "Zp", "Cs"))
# Letters that draw as nothing although their category is not Cf (Default_Ignorable_Code_Point).
INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u3164\uffa0")
ZWJ = "\u200d"

NAME_PROBLEM = "must not contain control characters, line breaks or invisible characters"

# Cyrillic and Greek letters that look like Latin ones (upper and lower case; before case folding, so
# that "В" maps to "B" although its lower case "в" does not look like "b").
_LOOKALIKES = str.maketrans({
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I", "Һ": "H",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j",
    "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "ꞵ": "b",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "ρ": "p", "ι": "i", "κ": "k",
    # Latin letters that look like other Latin letters
    "ı": "i", "ɩ": "i", "ɑ": "a", "ꓲ": "I", "ǀ": "l",
    # One glyph each for the shapes sans-serif fonts draw alike
    "I": "l", "1": "l", "|": "l", "0": "o", "O": "o",
})
_SEQUENCES = (("rn", "m"), ("vv", "w"))


def _is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") or ch == "\ufe0f"


def name_problem(name: str) -> str | None:
    """Why `name` cannot be a person's name (NAME_PROBLEM), or None."""
    for index, ch in enumerate(name):
        if ch in INVISIBLE:
            return NAME_PROBLEM
        if unicodedata.category(ch) not in REFUSED_CATEGORIES:
            continue
        if ch == ZWJ and 0 < index < len(name) - 1 and _is_emoji(name[index - 1]) and _is_emoji(name[index + 1]):
            continue
        return NAME_PROBLEM
    return None


def normalise_name(name: str) -> str:
    """The one written form of a name: NFC, one space between words, none at the ends."""
    return unicodedata.normalize("NFC", " ".join(name.split()))


def skeleton(name: str) -> str:
    """What `name` looks like on screen: two names with the same skeleton are look-alikes."""
    shape = unicodedata.normalize("NFKC", name)
    shape = "".join(ch for ch in shape if ch not in INVISIBLE and unicodedata.category(ch) not in REFUSED_CATEGORIES)
    shape = shape.translate(_LOOKALIKES).casefold().translate(_LOOKALIKES)
    shape = " ".join(shape.split())
    for seq, single in _SEQUENCES:
        shape = shape.replace(seq, single)
    return shape
