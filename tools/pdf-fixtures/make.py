#!/usr/bin/env python3
"""Makes the PDF test fixtures in tests/fixtures/pdf/ from real corpus text, with the tools office PCs have.

    python3 tools/pdf-fixtures/make.py      (needs LibreOffice: apt-get install libreoffice-writer-nogui; ImageMagick)

- 党内团结的辩证方法.pdf: a speech (《毛泽东选集》第五卷) typeset as an office prints it: A4, 16 pt, a running header
  (内部资料 注意保存) and a page-number footer (- N -) on every page; written as a .docx, then converted to PDF.
- 中国共产党问责条例.pdf: the regulation, its title as the running header and 第 N 页 as the footer, converted the same way.
- 扫描件.pdf: a page that is a picture only (no text layer), as a scanner produces.
"""
import html, os, re, shutil, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(REPO, "tests", "fixtures", "pdf")

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls><style:font-face style:name="WenQuanYi Micro Hei" svg:font-family="'WenQuanYi Micro Hei'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph"><style:text-properties style:font-name="WenQuanYi Micro Hei" style:font-name-asian="WenQuanYi Micro Hei" fo:font-size="16pt" style:font-size-asian="16pt"/></style:default-style>
  <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="12pt"/><style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="32pt" fo:line-height="150%"/></style:style>
  <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
 </office:styles>
 <office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/></style:page-layout></office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Small">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Small">{footer}</text:p></style:footer>
 </style:master-page></office:master-styles>
 <office:body><office:text>
{body}
 </office:text></office:body>
</office:document>
"""


def paragraphs(path):
    lines = [l.strip().strip("　") for l in open(path, encoding="utf-8")]
    return [re.sub(r"^#+\s*", "", l).strip() for l in lines if l and not l.startswith("*")]


def make(name, source, header, footer):
    paras = paragraphs(os.path.join(REPO, "corpus", source))
    body = [f'<text:p text:style-name="Title">{html.escape(paras[0])}</text:p>']
    body += [f'<text:p text:style-name="Body">{html.escape(p)}</text:p>' for p in paras[1:]]
    with tempfile.TemporaryDirectory() as tmp:
        fodt = os.path.join(tmp, name + ".fodt")
        with open(fodt, "w", encoding="utf-8") as f:
            f.write(FODT.format(header=header, footer=footer, body="\n".join(body)))
        # .fodt → .docx → .pdf: the PDF comes from a Word file, as an office's PDFs do.
        subprocess.run(["soffice", "--headless", "--convert-to", "docx", "--outdir", tmp, fodt], check=True)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, os.path.join(tmp, name + ".docx")], check=True)
        shutil.copyfile(os.path.join(tmp, name + ".pdf"), os.path.join(OUT, name + ".pdf"))


def main():
    os.makedirs(OUT, exist_ok=True)
    make("党内团结的辩证方法", "speeches/069 党内团结的辩证方法.txt", "内部资料　注意保存", "- <text:page-number/> -")
    make("中国共产党问责条例", "regulations/中国共产党问责条例.md", "中国共产党问责条例", "第 <text:page-number/> 页")
    make_scan("扫描件")


SCAN = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text><text:p><draw:frame svg:width="16cm" svg:height="22.6cm" text:anchor-type="as-char">
  <draw:image><office:binary-data>{png}</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body>
</office:document>
"""


def page_png(width=1240, height=1754):
    """A greyscale page picture with dark bars where a scanned page has its lines of text (pure Python: zlib PNG)."""
    import struct, zlib
    rows = []
    for y in range(height):
        in_line = 200 <= y < 1500 and (y - 200) % 60 < 36
        row = bytes(40 if in_line and 160 <= x < 1080 and (x // 40) % 9 != 8 else 250 for x in range(width))
        rows.append(b"\x00" + row)
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def make_scan(name):
    """A scanner's PDF: one page that is a picture only (no text layer)."""
    import base64
    with tempfile.TemporaryDirectory() as tmp:
        fodt = os.path.join(tmp, name + ".fodt")
        with open(fodt, "w", encoding="utf-8") as f:
            f.write(SCAN.format(png=base64.b64encode(page_png()).decode()))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, fodt], check=True)
        shutil.copyfile(os.path.join(tmp, name + ".pdf"), os.path.join(OUT, name + ".pdf"))

if __name__ == "__main__":
    main()
