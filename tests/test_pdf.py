"""PDF input: the sample as CQC would publish it ingests to the same graph as its text."""

from __future__ import annotations

import pytest
from conftest import REPORT_ID, SAMPLE, run, store_snapshot
from pdfgen import build_pdf


@pytest.fixture(scope="session")
def sample_pdf(tmp_path_factory, sample_text):
    return build_pdf(sample_text, tmp_path_factory.mktemp("pdf") / "rutland-clas-2019.pdf")


def _comparable(graph):
    nodes = {}
    for n, d in graph.nodes(data=True):
        d = dict(d)
        if d["label"] == "Report":
            d.pop("source"), d.pop("sha256")
        nodes[n] = d
    edges = sorted((u, v, sorted(d.items())) for u, v, d in graph.edges(data=True))
    return nodes, edges


def test_the_pdf_has_what_real_reports_have(sample_pdf):
    from pypdf import PdfReader

    pages = [p.extract_text() for p in PdfReader(sample_pdf).pages]
    assert len(pages) > 10
    assert all(f"Page {i} of {len(pages)}" in text for i, text in enumerate(pages, 1))
    # At least one paragraph runs over a page break: a page whose body ends mid-sentence.
    bodies = [t.rsplit("Page", 1)[0].rstrip() for t in pages]
    assert any(not b.endswith((".", ":", ")", "'")) for b in bodies[:-1])


def test_pdf_ingests_to_the_same_graph_as_the_text(sample_pdf, tmp_path, sample_graph):
    from clasgraph import load_graph

    store = tmp_path / "store"
    result = run(["--store", store, "ingest", sample_pdf])
    assert result.exit_code == 0, result.output
    from_pdf = load_graph(store)
    assert from_pdf.nodes[REPORT_ID]["source"].endswith(".pdf")
    assert _comparable(from_pdf) == _comparable(sample_graph)


def _encrypted(path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, SAMPLE.read_text(encoding="utf-8")[:2000].encode("latin-1", "replace").decode("latin-1"))
    pdf.set_encryption(owner_password="owner", user_password="user")
    pdf.output(str(path))


def _scanned(path):
    from fpdf import FPDF
    from PIL import Image

    image = path.with_suffix(".png")
    Image.new("RGB", (400, 600), "white").save(image)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(image), x=10, y=10, w=180)
    pdf.output(str(path))


@pytest.mark.parametrize("kind,problem", [("encrypted", "encrypted"), ("corrupt", "damaged"),
                                          ("scanned", "no text layer"), ("notpdf", "not a PDF")])
def test_unreadable_pdfs_get_a_clear_message(ingested_store, tmp_path, sample_pdf, kind, problem):
    path = tmp_path / f"{kind}.pdf"
    if kind == "encrypted":
        _encrypted(path)
    elif kind == "corrupt":
        path.write_bytes(sample_pdf.read_bytes()[:3000] + b"\x00garbage")
    elif kind == "scanned":
        _scanned(path)
    else:
        path.write_text("just text, named .pdf")
    before = store_snapshot(ingested_store)
    result = run(["--store", ingested_store, "ingest", path])
    assert result.exit_code == 2
    assert f"{path}:" in result.output and problem in result.output, result.output
    assert "Traceback" not in result.output
    assert store_snapshot(ingested_store) == before
