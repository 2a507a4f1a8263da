"""Readers: turn a file on disk into normalised text, refusing what is not a report.

>>> normalise_text("\\ufb01ndings \\u201cquoted\\u201d")
'findings "quoted"'
"""

from __future__ import annotations

import hashlib
import re
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


def read_bytes(path: Path) -> bytes:
    """Read a file, refusing missing, empty and over-large files."""
    if not path.exists():
        raise IngestError(f"{path}: no such file")
    if path.is_dir():
        raise IngestError(f"{path}: is a folder, not a report file")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(f"{path}: the file is empty")
    if size > MAX_BYTES:
        raise IngestError(
            f"{path}: the file is {size / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit"
        )
    return path.read_bytes()


def decode_text(path: Path, data: bytes) -> str:
    """Decode a text report as UTF-8, refusing binary files and legacy encodings."""
    if b"\x00" in data[:65536]:
        raise IngestError(f"{path}: looks like a binary file, not a text or PDF report")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"{path}: is not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
            "it may be in a legacy encoding such as Windows-1252: re-save it as UTF-8"
        ) from None
    return normalise_text(text)


def read_text(path: Path) -> tuple[str, str]:
    """Return the normalised text of a .txt/.md report and the sha256 of its bytes."""
    data = read_bytes(path)
    return decode_text(path, data), sha256_of(data)
