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


#: Word processors' files, by how they start: what they are, and the usual extension.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def word_processor_file(path: Path, data: bytes) -> str | None:
    r"""What a word processor's file is ("a Word document (.docx)"), or None for anything else:
    by its content (a .docx renamed .txt is still one), else by its extension.

    >>> word_processor_file(Path("r.txt"), b"{\\rtf1\\ansi CLAS review")
    'a Rich Text document (.rtf)'
    >>> word_processor_file(Path("r.txt"), b"CLAS review") is None
    True
    """
    suffix = path.suffix.lower()
    if data.startswith(b"PK\x03\x04"):
        import io
        import zipfile

        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            names = archive.namelist()
            mimetype = archive.read("mimetype") if "mimetype" in names else b""
        except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, ValueError):
            names, mimetype = [], b""
        if any(n.startswith("word/") for n in names):
            return "a Word document (.docx)"
        if b"opendocument.text" in mimetype:
            return "an OpenDocument text (.odt)"
    if data.startswith(_OLE2):
        return "an Office document" if suffix in (".xls", ".ppt", ".msg") else "a Word 97-2003 document (.doc)"
    if data.startswith(b"{\\rtf"):
        return "a Rich Text document (.rtf)"
    return WORD_PROCESSOR_SUFFIXES.get(suffix)


#: Word processors' files by extension (when their content does not say).
WORD_PROCESSOR_SUFFIXES = {".docx": "a Word document (.docx)", ".docm": "a Word document (.docx)",
                           ".doc": "a Word 97-2003 document (.doc)", ".odt": "an OpenDocument text (.odt)",
                           ".rtf": "a Rich Text document (.rtf)", ".pages": "a Pages document (.pages)"}


def decode_text(path: Path, data: bytes) -> str:
    """Decode a text report: UTF-8, or UTF-16/UTF-32/UTF-8 with a byte-order mark; refuse
    binary files and legacy encodings.

    >>> decode_text(Path("r.txt"), "\ufeffCLAS review".encode("utf-16-le"))
    'CLAS review'
    """
    kind = word_processor_file(path, data)
    if kind:
        raise IngestError(f"{path}: is {kind}, which clasgraph does not read: save or print it as "
                          "PDF (or save it as plain text, .txt) and ingest that")
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
