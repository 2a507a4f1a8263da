"""Readers: turn a file on disk into normalised text, refusing what is not a report.

>>> normalise_text("\\ufb01ndings \\u201cquoted\\u201d")
'findings "quoted"'
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path

from clasgraph.ingest.document import IngestError

#: Largest file clasgraph reads; larger files are refused with a message (documented in README).
MAX_BYTES = 50 * 1024 * 1024

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u00ad": "",  # soft hyphen
        "\u200b": "",
        "\ufeff": "",
    }
)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalise_text(text: str) -> str:
    """Fold ligatures, curly quotes, odd spaces and line endings into plain forms."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # NFKC folds ligatures (fi, fl) and full-width forms but keeps letters such as é.
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    # Stray control characters (other than tab and newline) carry no meaning in a report.
    return _CONTROL.sub("", text)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))


def _not_regular(path: Path, mode: int) -> IngestError | None:
    for test, kind in _KINDS:
        if test(mode):
            return IngestError(f"{path}: is {kind}, not a report file: skipped")
    return None if stat.S_ISREG(mode) else IngestError(f"{path}: not a regular file: skipped")


def check_regular(path: Path) -> None:
    """Refuse what is missing or not a regular file (a FIFO would hang a reader), unopened."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot be read ({exc.strerror})") from None
    problem = _not_regular(path, mode)
    if problem:
        raise problem


def read_bytes(path: Path) -> bytes:
    """Read a file, refusing missing, empty, over-large and non-regular files (a FIFO is never
    opened for reading)."""
    check_regular(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise IngestError(f"{path}: cannot be read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        problem = _not_regular(path, info.st_mode)  # replaced since it was checked
        if problem:
            raise problem
        if info.st_size == 0:
            raise IngestError(f"{path}: the file is empty")
        if info.st_size > MAX_BYTES:
            raise IngestError(
                f"{path}: the file is {info.st_size / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit"
            )
        return fh.read(MAX_BYTES + 1)


#: Byte-order marks and their codecs; UTF-32's marks first, as UTF-16 LE's is a prefix of one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))


def decode_text(path: Path, data: bytes) -> str:
    """Decode a text report: UTF-8, or UTF-16/UTF-32/UTF-8 with a byte-order mark; refuse
    binary files and legacy encodings.

    >>> decode_text(Path("r.txt"), "\ufeffCLAS review".encode("utf-16-le"))
    'CLAS review'
    """
    codec, name = "utf-8", "UTF-8"
    for bom, bom_codec, bom_name in _BOMS:
        if data.startswith(bom):
            codec, name = bom_codec, bom_name
            break
    else:
        if b"\x00" in data[:65536]:
            sample = data[:4096]
            if sample[1::2].count(0) > 0.9 * len(sample[1::2]) or sample[::2].count(0) > 0.9 * len(sample[::2]):
                raise IngestError(f"{path}: looks like UTF-16 text without a byte-order mark; "
                                  "re-save it as UTF-8")
            raise IngestError(f"{path}: looks like a binary file, not a text or PDF report")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        if name != "UTF-8":
            raise IngestError(f"{path}: starts with a {name} byte-order mark but is not valid "
                              f"{name} (byte {exc.start})") from None
        raise IngestError(
            f"{path}: is not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
            "it may be in a legacy encoding such as Windows-1252: re-save it as UTF-8"
        ) from None
    if "\x00" in text[:65536]:
        raise IngestError(f"{path}: looks like a binary file, not a text or PDF report")
    return normalise_text(text)


def read_text(path: Path) -> tuple[str, str]:
    """Return the normalised text of a .txt/.md report and the sha256 of its bytes."""
    data = read_bytes(path)
    return decode_text(path, data), sha256_of(data)
