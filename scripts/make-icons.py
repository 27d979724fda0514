#!/usr/bin/env python3
"""Renders the app icon from packaging/icons/org.textwell.Textwell.svg into every file the
packages need, to be committed (the build renders nothing):

  packaging/icons/hicolor/<n>x<n>/apps/org.textwell.Textwell.png  Linux, and the window icon
  packaging/windows/textwell.ico                                  Windows: the .exe and the installer
  packaging/macos/textwell.icns                                   macOS: the app bundle

Needs rsvg-convert (apt-get install librsvg2-bin). Both containers hold PNG images, which
Windows Vista and later and every macOS since 10.7 read; this needs no other tool.
Usage: scripts/make-icons.py
"""
import pathlib
import struct
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent / "packaging"
SVG = ROOT / "icons" / "org.textwell.Textwell.svg"
HICOLOR_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# The PNG-based icns types: each is an image of this many pixels (the @2x types hold the larger one).
ICNS_TYPES = [
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
]


def render(size: int, folder: pathlib.Path) -> bytes:
    out = folder / f"{size}.png"
    if not out.exists():
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG), "-o", str(out)],
                       check=True)
    return out.read_bytes()


def ico(images: dict) -> bytes:
    # ICONDIR, then one 16-byte ICONDIRENTRY per image (a width or height of 0 means 256), then the PNGs.
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def icns(images: list) -> bytes:
    # "icns" and the whole length, then per image its type, its length with this 8-byte head, the PNG.
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        for size in HICOLOR_SIZES:
            target = ROOT / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "org.textwell.Textwell.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(render(size, folder))
        (ROOT / "windows").mkdir(exist_ok=True)
        (ROOT / "windows" / "textwell.ico").write_bytes(ico({s: render(s, folder) for s in ICO_SIZES}))
        (ROOT / "macos").mkdir(exist_ok=True)
        (ROOT / "macos" / "textwell.icns").write_bytes(
            icns([(kind, render(size, folder)) for kind, size in ICNS_TYPES]))


if __name__ == "__main__":
    main()
