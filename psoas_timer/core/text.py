"""Text from files, checked before it is shown and escaped before it is printed.

A title read from a shared routine file ends up on one line of a list, a terminal or a notice.
Characters that break a line (newline, U+2028, U+2029, NEL), move the cursor (tab, escape
sequences), or are invisible on their own (U+202E, which reverses what follows) must not
reach those places as they are: a one-line field refuses them, and a message quoting what
was read shows them as escapes (`\\u2028`) instead.
"""

from __future__ import annotations

import unicodedata

# Control characters (C0, DEL, C1), line and paragraph separators.
_BREAKING_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
# What a message shows as an escape: the above, plus format characters (bidi overrides,
# zero-width ones) and lone surrogates.
_ESCAPED_CATEGORIES = _BREAKING_CATEGORIES | {"Cf", "Cs"}
# What shows nothing on its own: spaces and separators, control and format characters.
_INVISIBLE_CATEGORIES = _BREAKING_CATEGORIES | {"Zs", "Cf"}
# What a multi-line text (a description, instructions) may hold of the control characters.
LINE_CONTROLS = frozenset("\t\n\r")


def control_characters(text: str, *, multiline: bool = False) -> list[str]:
    """The characters of `text` that may not appear in a one-line (or multi-line) field.

    One-line fields (titles, names, ids) refuse every control character and line separator;
    multi-line ones allow tab, newline and carriage return, and the separators.
    """
    found = []
    for char in text:
        category = unicodedata.category(char)
        if multiline:
            if category == "Cc" and char not in LINE_CONTROLS:
                found.append(char)
        elif category in _BREAKING_CATEGORIES:
            found.append(char)
    return found


def is_blank(text: str) -> bool:
    """True for text with nothing visible in it: only spaces, separators, format characters."""
    return all(unicodedata.category(char) in _INVISIBLE_CATEGORIES for char in text)


def escape_char(char: str) -> str:
    """One character as an escape a terminal shows as it is: `\\n`, `\\x7f`, `\\u2028`."""
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char)
    if named is not None:
        return named
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def one_line(text: str) -> str:
    """`text` with what would end its line or move the cursor escaped (for data printed a
    record a line, such as `id<TAB>title<TAB>m:ss`); other characters stay as they are."""
    if not any(unicodedata.category(char) in _BREAKING_CATEGORIES for char in text):
        return text
    return "".join(
        escape_char(char) if unicodedata.category(char) in _BREAKING_CATEGORIES else char
        for char in text
    )


def printable(text: str) -> str:
    """`text` with every control, separator and invisible format character escaped.

    For messages that quote what a file or a user gave: whatever it held, the message stays
    one line per problem and nothing in it acts on the terminal it is printed to.
    """
    if text.isprintable():
        return text  # the common case, and fast: nothing to escape
    return "".join(
        escape_char(char) if unicodedata.category(char) in _ESCAPED_CATEGORIES else char
        for char in text
    )
