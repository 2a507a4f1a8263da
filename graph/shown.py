"""Text from outside (file names, report text) shown safely: on a terminal, in the store, in XML.

A file name may hold any bytes but "/" and NUL: bytes that are not UTF-8 (Python keeps them as
lone surrogates, which no JSON or XML writer takes) and control characters (ESC and BEL sequences
that a terminal obeys). They are written as ``\\xNN`` escapes, so the name stays recognisable.

>>> path_text("bad\\udcff.txt"), path_text("red\\x1b[31m\\x07.txt")
('bad\\\\xff.txt', 'red\\\\x1b[31m\\\\x07.txt')
>>> terminal_text("Error: a\\x1b]0;pwned\\x07 b\\nnext line")
'Error: a\\\\x1b]0;pwned\\\\x07 b\\nnext line'
>>> xml_text("ok\\tand\\x0c\\ufffe")
'ok\\tand\\\\x0c\\\\ufffe'
"""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _bytes_escaped(text: str) -> str:
    """Undecodable bytes (lone surrogates) as ``\\xNN``."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


def path_text(path) -> str:
    """A file's path as text to store and show: every byte that is not UTF-8 and every control
    character (line breaks too) written as an escape."""
    return _CONTROLS.sub(_escape, _bytes_escaped(str(path)))


def terminal_text(message: str) -> str:
    """A message a terminal prints as it reads: control characters escaped, line breaks kept."""
    return _CONTROLS_BUT_LINES.sub(_escape, _bytes_escaped(message))


def xml_text(value: str) -> str:
    """Text XML 1.0 can hold: the characters it cannot escaped."""
    return _NOT_XML.sub(_escape, _bytes_escaped(value))
