"""Draws the add-in icon (rising bars on Fluent brand blue) as PNGs at the sizes Office asks for.
Pure standard library so it runs anywhere; rerun after changing the design: python3 scripts/make-icons.py"""
import struct, zlib

BLUE, WHITE = (15, 108, 189), (255, 255, 255)

def pixel(x, y, n):
    u, v = (x + 0.5) / n, (y + 0.5) / n
    r = 0.18  # corner radius as a fraction of the side
    cx = min(max(u, r), 1 - r); cy = min(max(v, r), 1 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    for i, height in enumerate((0.30, 0.48, 0.66)):
        left = 0.20 + i * 0.22
        if left <= u <= left + 0.15 and 0.82 - height <= v <= 0.82:
            return WHITE + (255,)
    return BLUE + (255,)

def png(n):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, n)) for x in range(n)) for y in range(n))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", n, n, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

for size in (16, 32, 64, 80, 128):
    with open(f"assets/icon-{size}.png", "wb") as f:
        f.write(png(size))
