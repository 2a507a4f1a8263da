"""Hostile PDFs: each is one line naming the file and the problem, exit 2, and never stops the
other files of the ingest; none hangs, exhausts memory or crashes clasgraph."""

from __future__ import annotations

import zlib

import pytest
from conftest import SAMPLE, run
from officepdf import office_pdf

#: CI's reverse-order run leaves these out (pyproject's slow marker): each reads files into a folder or
#: records of its own and keeps nothing, so no order changes them.
pytestmark = pytest.mark.slow


def raw_pdf(content: bytes, compress: bool = False) -> bytes:
    """A one-page PDF whose page content is ``content``."""
    stream = zlib.compress(content) if compress else content
    flate = b"/Filter /FlateDecode " if compress else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources "
        b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"),
        b"<< " + flate + b"/Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def _encrypted(tmp_path, password: str):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(office_pdf(SAMPLE)))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-256")
    path = tmp_path / f"aes-{'open' if not password else 'locked'}.pdf"
    writer.write(path)
    return path


def test_aes256_with_no_password_is_read(tmp_path):
    result = run(["--store", tmp_path / "s", "ingest", _encrypted(tmp_path, "")])
    assert result.exit_code == 0, result.output


HOSTILE = {
    "locked": (lambda tmp: _encrypted(tmp, "secret"), "encrypted with a password"),
    "nested": (lambda tmp: _write(tmp, "nested.pdf", raw_pdf(b"q " * 20000 + b"BT (x) Tj ET " + b"Q " * 20000)),
               "no text layer"),
    "bomb": (lambda tmp: _write(tmp, "bomb.pdf", raw_pdf(
        b"BT /F1 12 Tf " + b"(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj\n" * 1_000_000 + b"ET",
        compress=True)), "it is not a CLAS review"),
    "truncated": (lambda tmp: _write(tmp, "cut.pdf", office_pdf(SAMPLE).read_bytes()[:5000]), "damaged"),
}


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_pdf_is_one_line_and_the_others_are_ingested(kind, tmp_path):
    from clasgraph import load_graph

    make, reason = HOSTILE[kind]
    bad = make(tmp_path)
    assert bad.stat().st_size < 300_000  # small on disk, whatever it unpacks to
    result = run(["--store", tmp_path / "s", "ingest", bad, SAMPLE])
    assert result.exit_code == 2
    lines = [ln for ln in result.output.splitlines() if str(bad) in ln]
    assert len(lines) == 1 and reason in lines[0], result.output
    assert "Traceback" not in result.output
    graph = load_graph(tmp_path / "s")
    assert sum(1 for _, d in graph.nodes(data=True) if d["label"] == "Finding") == 121
