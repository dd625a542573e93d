"""The HTML audit report in a real browser: headless Chromium (Debian package ``chromium``) renders
the report of a violating workspace whose fora carry hostile names. The rendered DOM holds the
verdict, the diagram and every finding; no script ran; a screenshot is saved in the test's tmp
folder (look at it: it is what the committee sees)."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import AS_OF, edit, seed_sunnaas_defect

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install -y chromium); .ci/run installs it",
)

SCRIPT_NAME = "<script>document.title='PWNED';document.documentElement.setAttribute('data-pwned','1')</script>"
IMG_NAME = "<img src=x onerror=\"document.title='PWNED2';document.documentElement.setAttribute('data-pwned','2')\">"
TITLE = "Revisjonsrapport – Helsefellesskap Oslo"


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        *args,
    ]
    env = {**os.environ, "HOME": str(tmp_path)}
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=180,
        env=env,  # type: ignore[arg-type]
        check=False,
    )


@pytest.fixture
def report(oslo: Path, hf, tmp_path: Path) -> tuple[Path, list[str]]:
    """The HTML report of a violating workspace: the Sunnaas observer seat deleted, the SSU chair
    twice to the municipality, the SSU and the LSU OUS given names that are scripts."""
    org = oslo / "organisation.yaml"
    line, column = seed_sunnaas_defect(org)
    edit(org, "    name: Strategisk samarbeidsutvalg\n", f"    name: {json.dumps(SCRIPT_NAME)}\n")
    edit(org, "    name: Lokalt samarbeidsutvalg OUS\n", f"    name: {json.dumps(IMG_NAME)}\n")
    edit(
        oslo / "meeting-plan-ssu-2025-2026.yaml", "to: 2026-12-31, party: ous}", "to: 2026-12-31, party: oslo-kommune}"
    )
    out = tmp_path / "report.html"
    run = hf("audit", "--no-config", "--as-of", AS_OF, "oslo", "-o", str(out))
    assert run.code == 1, run.out + run.err
    locations = [f"oslo/organisation.yaml:{line}:{column}", "oslo/meeting-plan-ssu-2025-2026.yaml:10:47"]
    return out, locations


def test_rendered_dom(report, tmp_path):
    path, locations = report
    result = chromium(tmp_path, "--dump-dom", path.as_uri())
    dom = result.stdout
    assert result.returncode == 0 and dom.strip(), result.stderr[-2000:]
    # the verdict, the diagram, the timeline and every finding
    assert "IKKE I SAMSVAR" in dom
    assert re.search(r'<svg class="diagram"', dom) and re.search(r'<svg class="timeline"', dom)
    for location in locations:
        assert location in dom
    for rule in ("OSLO-SSU-OBSERVERS", "OSLO-SSU-CHAIR-TURNS"):
        assert re.search(rf'<code class="rule-id">{rule}</code>', dom)
    # no script ran: the names are text, the page title is unchanged, no marker was written
    assert html.escape(SCRIPT_NAME, quote=False) in dom
    assert html.escape(IMG_NAME, quote=False) in dom
    assert "<script" not in dom and "<img" not in dom
    assert "data-pwned" not in dom.replace(html.escape(SCRIPT_NAME, quote=False), "").replace(
        html.escape(IMG_NAME, quote=False), ""
    )
    assert re.search(r"<title>([^<]*)</title>", dom).group(1) == TITLE  # type: ignore[union-attr]
    assert "PWNED" not in re.search(r"<head>.*</head>", dom, re.S).group(0)  # type: ignore[union-attr]


def test_screenshot(report, tmp_path):
    path, _ = report
    shot = tmp_path / "report.png"
    result = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", path.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000  # a rendered page, not a blank one


def test_prints_to_pdf(report, tmp_path):
    """The print stylesheet gives a PDF of several A4 pages."""
    path, _ = report
    pdf = tmp_path / "report.pdf"
    result = chromium(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", path.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 4


def test_the_check_would_see_a_script_run(tmp_path):
    """Control: the same DOM checks on a page whose script does run (no CSP, raw tag) fail, so
    they can tell."""
    page = tmp_path / "control.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><title>{TITLE}</title></head><body>{SCRIPT_NAME}</body></html>", encoding="utf-8"
    )
    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert 'data-pwned="1"' in dom and "<title>PWNED</title>" in dom


# What the layout check runs in the page. The report forbids scripts (its Content-Security-Policy),
# so the check is run on a copy without that header, with this script added: it writes what it
# measured into <pre id="layout-check">, which --dump-dom then shows.
LAYOUT_SCRIPT = """
<script>
addEventListener('load', () => {
  const width = document.documentElement.clientWidth;
  const over = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    const spills = el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1
      && getComputedStyle(el).overflowX === 'visible' && !(el instanceof SVGElement);
    if ((box.width > 0 && box.right > width + 1) || (spills && box.left + el.scrollWidth > width + 1)) {
      over.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.' + el.className : '')
        + ' ' + Math.round(box.right) + ' ' + (el.textContent || '').trim().slice(0, 60));
    }
  }
  const apart = [];
  for (const dt of document.querySelectorAll('#provenance dl.facts dt')) {
    const dd = dt.nextElementSibling;
    if (!dd || dd.tagName !== 'DD' || Math.abs(dd.getBoundingClientRect().top - dt.getBoundingClientRect().top) > 2
        || dd.getBoundingClientRect().left <= dt.getBoundingClientRect().right) {
      apart.push(dt.textContent.trim());
    }
  }
  const out = document.createElement('pre');
  out.id = 'layout-check';
  out.textContent = JSON.stringify({width, scrollWidth: document.documentElement.scrollWidth, over, apart,
    pairs: document.querySelectorAll('#provenance dl.facts dt').length});
  document.body.appendChild(out);
});
</script>
"""


def _layout(page: Path, tmp_path: Path, width: int) -> dict[str, object]:
    text = page.read_text(encoding="utf-8")
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
    probe = tmp_path / f"probe-{page.stem}-{width}.html"
    probe.write_text(text.replace("</body>", LAYOUT_SCRIPT + "</body>"), encoding="utf-8")
    result = chromium(tmp_path, "--dump-dom", f"--window-size={width},2000", probe.as_uri())
    found = re.search(r'<pre id="layout-check">(.*?)</pre>', result.stdout, re.S)
    assert found, result.stderr[-2000:]
    return json.loads(html.unescape(found.group(1)))  # type: ignore[no-any-return]


@pytest.mark.parametrize("width", [1280, 800])
def test_nothing_overflows_the_page_and_provenance_pairs_stay_together(report, tmp_path, width):
    """The provenance's label/value pairs stay side by side on one row, and no element runs off the
    right edge of the page (the screenshot of the same width is saved beside the report)."""
    path, _ = report
    layout = _layout(path, tmp_path, width)
    assert layout["pairs"] >= 4
    assert layout["apart"] == [], layout
    assert layout["over"] == [] and layout["scrollWidth"] <= layout["width"], layout
    shot = tmp_path / f"report-{width}.png"
    assert chromium(tmp_path, f"--screenshot={shot}", f"--window-size={width},2000", path.as_uri()).returncode == 0


def test_the_layout_check_sees_an_overflow(tmp_path):
    """Control: the check reports an element wider than the page and a label apart from its value."""
    page = tmp_path / "control.html"
    page.write_text(
        '<!DOCTYPE html><html><head><title>x</title></head><body><section id="provenance">'
        '<dl class="facts"><dt>Label</dt><dd style="display:block;margin-top:40px">value</dd></dl>'
        '<p style="white-space:nowrap">' + "wide " * 400 + "</p></section></body></html>",
        encoding="utf-8",
    )
    layout = _layout(page, tmp_path, 800)
    assert layout["over"] and layout["scrollWidth"] > layout["width"] and layout["apart"] == ["Label"]
