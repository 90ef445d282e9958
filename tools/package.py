#!/usr/bin/env python3
"""Packages a release build as SCORM 1.2 and SCORM 2004 (4th edition) zips.

    python3 tools/package.py DIST OUT      # `make package`: dist/ -> dist-packages/

Each zip holds the build as it is plus an `imsmanifest.xml` at its root,
written from the templates in tools/scorm12/ and tools/scorm2004/: one SCO
launched as `index.html?scorm=12` or `?scorm=2004` (the exhibit talks only
to that version's API), every file of the build listed in its <resource>,
and the quiz's pass mark (from the shipped content) as the mastery score.
Beside the manifest go the XSD files its `xsi:schemaLocation` names (and
what they include), copied unchanged from the template folder: ADL's and
IMS's published schemas, with their notices. Plain Python 3 (zipfile, json):
no package to install.
The zips are byte-for-byte reproducible: fixed timestamps, sorted entries.
"""

import json
import re
import sys
import zipfile
from pathlib import Path
from urllib.parse import quote
from xml.etree import ElementTree
from xml.sax.saxutils import escape

TOOLS = Path(__file__).resolve().parent
PACKAGES = {
    # file name: template folder
    "secret-speech-scorm12.zip": "scorm12",
    "secret-speech-scorm2004.zip": "scorm2004",
}
MANIFEST = "imsmanifest.xml"
# The content whose title and pass mark the manifest carries.
CONTENT = "assets/exhibit/en.json"
# Zip entries carry no build time, so the same build gives the same bytes.
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def fail(message):
    print(f"package.py: {message}", file=sys.stderr)
    sys.exit(1)


def read_content(dist):
    path = dist / CONTENT
    try:
        exhibit = json.loads(path.read_text(encoding="utf-8"))
        title, exhibit_id, pass_mark = exhibit["title"], exhibit["id"], exhibit["quiz"]["pass_mark"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        fail(f"{path}: cannot read the title, id and quiz.pass_mark ({error}); is this a built exhibit?")
    if not isinstance(pass_mark, int) or not 0 <= pass_mark <= 100:
        fail(f"{path}: quiz.pass_mark must be a whole number from 0 to 100, not {pass_mark!r}")
    return title, exhibit_id, pass_mark


def build_stamp(dist):
    """The content hash tools/post-build.mjs stamps into index.html, if any."""
    html = (dist / "index.html").read_text(encoding="utf-8")
    stamp = re.search(r"<meta name=[\"']?exhibit-build[\"']? content=[\"']?([0-9a-f]+)", html)
    return stamp.group(1) if stamp else "1"


def schema_files(folder):
    """The template folder's schema files (XSDs and the DTDs xml.xsd names)."""
    return sorted(p for p in (TOOLS / folder).iterdir() if p.suffix in (".xsd", ".dtd"))


def list_files(dist):
    files = sorted(p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file())
    files = [f for f in files if f != MANIFEST]
    if "index.html" not in files:
        fail(f"{dist} has no index.html; build it first (make dist)")
    return files


def xml_id(text):
    """An XML ID (NCName) made from the exhibit id: letters, digits, - _ ."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "-", text)
    return cleaned if re.match(r"[A-Za-z_]", cleaned) else f"id-{cleaned}"


def manifest(template, title, exhibit_id, pass_mark, version, files):
    entries = "\n".join(f'      <file href="{escape(quote(f))}"/>' for f in files)
    values = {
        "IDENTIFIER": xml_id(exhibit_id),
        "TITLE": escape(title),
        "VERSION": escape(version),
        "MASTERY_SCORE": str(pass_mark),
        # pass_mark / 100 as a decimal: 70 -> 0.7, 100 -> 1, 5 -> 0.05.
        "MIN_NORMALIZED_MEASURE": f"{pass_mark / 100:.2f}".rstrip("0").rstrip(".") if pass_mark else "0",
        "FILES": entries,
    }
    text = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)
    # A malformed manifest is refused by every LMS: check before zipping.
    root = ElementTree.fromstring(text.encode("utf-8"))
    resources = [e for e in root.iter() if e.tag.endswith("}resource")]
    if len(resources) != 1 or not resources[0].get("href", "").startswith("index.html?scorm="):
        fail("the manifest must have one resource launching index.html?scorm=<version>")
    return text


def write_zip(path, dist, manifest_text, files, schemas):
    control = [(MANIFEST, manifest_text.encode("utf-8"))] + [(s.name, s.read_bytes()) for s in schemas]
    clash = {name for name, _ in control} & set(files)
    if clash:
        fail(f"the build has files named like the package's control files: {sorted(clash)}")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in control + [(f, (dist / f).read_bytes()) for f in files]:
            entry = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)


def main(argv):
    if len(argv) != 3:
        fail("usage: python3 tools/package.py DIST OUT")
    dist, out = Path(argv[1]).resolve(), Path(argv[2]).resolve()
    if not (dist / "index.html").is_file():
        fail(f"{dist}/index.html not found; build it first (make dist)")
    title, exhibit_id, pass_mark = read_content(dist)
    version = build_stamp(dist)
    files = list_files(dist)
    out.mkdir(parents=True, exist_ok=True)
    for name, folder in PACKAGES.items():
        template = (TOOLS / folder / MANIFEST).read_text(encoding="utf-8")
        text = manifest(template, title, exhibit_id, pass_mark, version, files)
        path = out / name
        write_zip(path, dist, text, files, schema_files(folder))
        print(f"package.py: {path} ({path.stat().st_size} bytes, {len(files)} files, pass mark {pass_mark}%)")


if __name__ == "__main__":
    main(sys.argv)
