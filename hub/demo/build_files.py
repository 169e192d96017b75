"""Regenerate the demo PDFs and cover images in hub/demo/files/ from hub/demo/data/publications/.

A maintainer tool, not part of the build or the tests. Run it from the repository root after
changing the publications, then commit the files it writes:

    .venv/bin/python -m hub.demo.build_files            # covers and PDFs
    .venv/bin/python -m hub.demo.build_files --covers   # covers only
    .venv/bin/python -m hub.demo.build_files --pdfs     # PDFs only

Covers are drawn with Pillow. PDFs are made by LibreOffice (soffice) from a flat OpenDocument
file per publication and language, then read back with pypdf to check that their text comes out
in logical order. The PDFs need LibreOffice Writer and the DejaVu and Noto fonts:

    apt-get install libreoffice-writer-nogui fonts-dejavu-core fonts-noto-core

Arabic and Hebrew use DejaVu Sans, because it covers the whole text of a paragraph (letters,
digits, Latin words and punctuation): when LibreOffice has to take some characters from a
fallback font, the pieces of a line come out of text extraction in the wrong order.
"""

import argparse
import hashlib
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw

from hub.demo.dataset import publications

FILES_DIR = Path(__file__).resolve().parent / "files"

RTL_LANGUAGES = {"ar", "he"}
COUNTRIES = {"en": "GB", "ar": "PS", "he": "IL"}
# Font for Latin text, and for Arabic and Hebrew ("complex text layout" in LibreOffice's terms).
FONTS = {
    "en": ("Noto Sans", "Noto Sans"),
    "ar": ("DejaVu Sans", "DejaVu Sans"),
    "he": ("DejaVu Sans", "DejaVu Sans"),
}

COVER_SIZE = (1200, 630)
COVER_QUALITY = 80
# Background gradient (top, bottom) and accent colours for each publication type.
PALETTES = {
    "report": {
        "background": ("#10283a", "#1d4e68"),
        "accents": ["#3a7ca5", "#81c3d7", "#d9e8ec", "#2f6690", "#f2c57c"],
    },
    "paper": {
        "background": ("#f3ebdd", "#e3cfb4"),
        "accents": ["#c8553d", "#8c5e58", "#d9a066", "#2d3142", "#f6d8ae"],
    },
    "toolkit": {
        "background": ("#173d30", "#2d6a4f"),
        "accents": ["#52b788", "#95d5b2", "#d8f3dc", "#40916c", "#f4d35e"],
    },
}


# Covers ------------------------------------------------------------------------------------


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def _gradient(size, top, bottom):
    """A vertical gradient from top to bottom colour."""
    height = size[1]
    column = Image.new("RGB", (1, height))
    (r1, g1, b1), (r2, g2, b2) = _rgb(top), _rgb(bottom)
    for y in range(height):
        t = y / (height - 1)
        column.putpixel(
            (0, y),
            (round(r1 + (r2 - r1) * t), round(g1 + (g2 - g1) * t), round(b1 + (b2 - b1) * t)),
        )
    return column.resize(size)


def draw_cover(publication):
    """An abstract composition of circles, arcs and a beam of light, seeded by the slug."""
    palette = PALETTES[publication["type"]]
    seed = int(hashlib.sha256(publication["slug"].encode()).hexdigest()[:16], 16)
    rnd = random.Random(seed)  # noqa: S311 - shapes for a picture, not secrets
    scale = 2  # draw at twice the size, then scale down for smooth edges
    width, height = COVER_SIZE[0] * scale, COVER_SIZE[1] * scale
    image = _gradient((width, height), *palette["background"]).convert("RGBA")
    accents = [_rgb(c) for c in palette["accents"]]

    def layer():
        return Image.new("RGBA", (width, height), (0, 0, 0, 0))

    # A soft beam of light from a point near one edge, the organisation being a lighthouse.
    beam = layer()
    origin = (rnd.uniform(0.05, 0.35) * width, rnd.uniform(0.55, 0.95) * height)
    angle = rnd.uniform(-0.35, 0.05)
    spread = rnd.uniform(0.10, 0.18)
    reach = width * 1.6
    points = [origin]
    for a in (angle - spread, angle + spread):
        points.append((origin[0] + reach * math.cos(a), origin[1] + reach * math.sin(a)))
    ImageDraw.Draw(beam).polygon(points, fill=accents[4] + (34,))
    image = Image.alpha_composite(image, beam)

    # Large translucent discs.
    discs = layer()
    draw = ImageDraw.Draw(discs)
    for i in range(rnd.randint(2, 3)):
        radius = rnd.uniform(0.18, 0.42) * height
        cx = rnd.uniform(0.45, 0.95) * width
        cy = rnd.uniform(0.15, 0.85) * height
        colour = accents[i % 3] + (rnd.randint(70, 120),)
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=colour)
    image = Image.alpha_composite(image, discs)

    # Concentric arcs around one point, like ripples or signal waves.
    arcs = layer()
    draw = ImageDraw.Draw(arcs)
    cx, cy = rnd.uniform(0.55, 0.85) * width, rnd.uniform(0.3, 0.7) * height
    start = rnd.uniform(0, 360)
    for k in range(rnd.randint(4, 7)):
        radius = (0.12 + 0.07 * k) * height
        draw.arc(
            (cx - radius, cy - radius, cx + radius, cy + radius),
            start=start + 8 * k,
            end=start + 8 * k + rnd.uniform(110, 220),
            fill=accents[2] + (150,),
            width=3 * scale,
        )
    image = Image.alpha_composite(image, arcs)

    # A quiet grid of dots in one corner.
    dots = layer()
    draw = ImageDraw.Draw(dots)
    x0, y0 = rnd.choice([(0.05, 0.08), (0.05, 0.62), (0.74, 0.08)])
    step, r = 0.028 * height, 2.2 * scale
    for row in range(6):
        for col in range(9):
            x, y = x0 * width + col * step, y0 * height + row * step
            draw.ellipse((x - r, y - r, x + r, y + r), fill=accents[2] + (120,))
    image = Image.alpha_composite(image, dots)

    return image.convert("RGB").resize(COVER_SIZE, Image.Resampling.LANCZOS)


def build_covers():
    out = FILES_DIR / "covers"
    out.mkdir(parents=True, exist_ok=True)
    for publication in publications():
        path = out / f"{publication['slug']}.jpg"
        draw_cover(publication).save(
            path, "JPEG", quality=COVER_QUALITY, optimize=True, progressive=True
        )
        print(f"{path.relative_to(FILES_DIR)}  {path.stat().st_size // 1024} KB")


# PDFs --------------------------------------------------------------------------------------


def flat_odt(lines, lang):
    """A flat OpenDocument text with the first line as a heading and the rest as paragraphs."""
    western, complex_ = FONTS[lang]
    rtl = lang in RTL_LANGUAGES
    mode = "rl-tb" if rtl else "lr-tb"
    # LibreOffice reads "start" as left whatever the direction, so name the side.
    align = "right" if rtl else "left"
    country = COUNTRIES[lang]
    title, paragraphs = lines[0], lines[1:]
    body = [f'<text:h text:style-name="PubTitle" text:outline-level="1">{escape(title)}</text:h>']
    body += [f'<text:p text:style-name="PubBody">{escape(p)}</text:p>' for p in paragraphs]
    body = "\n".join(body)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>{escape(title)}</dc:title>
 <dc:creator>Manara</dc:creator>
 <meta:initial-creator>Manara</meta:initial-creator>
 <dc:language>{lang}-{country}</dc:language>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="Western" svg:font-family="&apos;{western}&apos;"/>
 <style:font-face style:name="Complex" svg:font-family="&apos;{complex_}&apos;"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties style:writing-mode="{mode}"/>
  <style:text-properties style:font-name="Western" style:font-name-asian="Western"
   style:font-name-complex="Complex" fo:font-size="11pt" style:font-size-complex="11pt"
   fo:language="{lang}" fo:country="{country}"
   style:language-complex="{lang}" style:country-complex="{country}"/>
 </style:default-style>
 <style:style style:name="PubTitle" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.5cm" fo:text-align="{align}"
   style:writing-mode="{mode}" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="17pt" style:font-size-complex="17pt"
   fo:font-weight="bold" style:font-weight-complex="bold" fo:color="#1d3557"/>
 </style:style>
 <style:style style:name="PubBody" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.3cm" fo:line-height="145%"
   fo:text-align="{align}" style:writing-mode="{mode}"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="2.2cm" fo:margin-bottom="2.2cm" fo:margin-left="2.4cm"
   fo:margin-right="2.4cm" style:writing-mode="{mode}"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4"/>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body>
</office:document>
"""


def check_fonts():
    families = subprocess.run(
        ["fc-list", ":", "family"],  # noqa: S607 - fontconfig's tool, wherever it is installed
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    missing = {f for pair in FONTS.values() for f in pair if f not in families}
    if missing:
        sys.exit(f"Missing fonts: {', '.join(sorted(missing))} (see this script's docstring).")


def build_pdfs():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice (soffice) is not installed (see this script's docstring).")
    check_fonts()
    out = FILES_DIR / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sources = []
        for publication in publications():
            for lang in publication["languages"]:
                source = tmp / f"{publication['slug']}.{lang}.fodt"
                source.write_text(flat_odt(publication["pdf"][lang], lang), encoding="utf-8")
                sources.append(source)
        subprocess.run(  # noqa: S603 - our own files, converted by LibreOffice
            [
                soffice,
                f"-env:UserInstallation={(tmp / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(out),
                *map(str, sources),
            ],
            check=True,
            capture_output=True,
        )
    for publication in publications():
        for lang in publication["languages"]:
            path = out / f"{publication['slug']}.{lang}.pdf"
            print(f"{path.relative_to(FILES_DIR)}  {path.stat().st_size // 1024} KB")


# Checking the PDFs' text -------------------------------------------------------------------

PRESENTATION_FORMS = re.compile("[\ufb1d-\ufdff\ufe70-\ufeff]")


def check_pdfs():
    """Problems found when reading the PDFs' text back, as a list of strings."""
    from pypdf import PdfReader

    problems = []
    for publication in publications():
        pdf_words = publication.get("pdf_only_words", {})
        for lang in publication["languages"]:
            name = f"{publication['slug']}.{lang}.pdf"
            reader = PdfReader(FILES_DIR / "pdf" / name)
            text = "\n".join(page.extract_text() for page in reader.pages)
            flat = " ".join(text.split())
            tokens = set(re.findall(r"\w+", flat))
            if PRESENTATION_FORMS.search(text):
                problems.append(f"{name}: presentation forms in the extracted text")
            word = pdf_words.get(lang)
            if not word:
                problems.append(f"{name}: no PDF-only word noted for this language")
            elif word not in flat or not set(re.findall(r"\w+", word)) <= tokens:
                problems.append(f"{name}: PDF-only word {word!r} not found in the extracted text")
            expected = re.findall(r"\w+", " ".join(publication["pdf"][lang]))
            found = sum(t in tokens for t in expected)
            if found < 0.97 * len(expected):
                problems.append(f"{name}: only {found} of {len(expected)} words extracted")
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--covers", action="store_true", help="only the cover images")
    parser.add_argument("--pdfs", action="store_true", help="only the PDFs")
    args = parser.parse_args(argv)
    both = not (args.covers or args.pdfs)
    if args.covers or both:
        build_covers()
    if args.pdfs or both:
        build_pdfs()
        problems = check_pdfs()
        for problem in problems:
            print("PROBLEM:", problem)
        if problems:
            sys.exit(1)
        print("PDF text checked: PDF-only words found in logical order, no presentation forms.")


if __name__ == "__main__":
    main()
