"""How the app's own data files are read: JSON decoded with every number bounded.

JSON allows numbers the app can never use: NaN and Infinity (Python's json reads them), an
exponent that overflows to infinity, and integers so long that Python refuses to convert them
(over 4,300 digits) or that take seconds to. Such a number is read as an `OutOfRange` marker
rather than failing the whole file, so the check of that one value rejects it and the values
around it still load.
"""

from __future__ import annotations

import json
import math

MAX_INT_DIGITS = 30  # far beyond any count or size the app stores


class UnreadableFile(ValueError):
    """A file, or a record in it, that is not what the app writes."""


class OutOfRange:
    """A number in a file that the app does not accept (NaN, Infinity, too many digits)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        if len(self.text) > 12:
            return f"a number of {len(self.text.lstrip('-')):,} digits"
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OutOfRange) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


def _integer(text: str) -> int | OutOfRange:
    if len(text) > MAX_INT_DIGITS:
        return OutOfRange(text)
    return int(text)


def _real(text: str) -> float | OutOfRange:
    if len(text) > 400:
        return OutOfRange(text[:12] + "…")
    value = float(text)
    return value if math.isfinite(value) else OutOfRange(text)


def _constant(name: str) -> OutOfRange:
    return OutOfRange(name)  # NaN, Infinity, -Infinity


_DECODER = json.JSONDecoder(parse_int=_integer, parse_float=_real, parse_constant=_constant)


def decode_json(raw: bytes) -> object:
    """A JSON document from UTF-8 bytes; UnreadableFile if it is not one.

    Numbers out of range come back as `OutOfRange` for the caller's checks to refuse.
    """
    try:
        text = raw.decode("utf-8")
        return _DECODER.decode(text)
    except UnicodeDecodeError:
        raise UnreadableFile("not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise UnreadableFile(f"not JSON ({error.msg}, line {error.lineno})") from None
    except RecursionError:
        raise UnreadableFile("nested too deeply") from None
