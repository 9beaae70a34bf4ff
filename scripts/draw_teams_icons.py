"""Draw the Teams app icons shipped in ``policybot/teams/assets/`` (run once; the PNGs are committed).

Teams wants two icons: ``color.png``, 192x192, full colour; and ``outline.png``,
32x32, white on a transparent background (Teams tints it for its own themes). Both
show a speech bubble with a tick: "instant messaging, done by the policy".

Pure Python (zlib + struct) so that no imaging library becomes a dependency. Edges
are anti-aliased by sampling each pixel on a 4x4 grid. To use the force's own
artwork instead, replace the two files; ``policybot teams-package`` checks the sizes.

    .venv/bin/python scripts/draw_teams_icons.py
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from policybot.teams.package import ACCENT_COLOR

ASSETS = Path(__file__).resolve().parent.parent / "policybot" / "teams" / "assets"
SAMPLES = 4  # per axis, per pixel


def _in_rounded_rect(x: float, y: float, left: float, top: float, right: float, bottom: float, radius: float) -> bool:
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return left <= x <= right and top <= y <= bottom and (x - cx) ** 2 + (y - cy) ** 2 <= radius**2


def _in_triangle(x: float, y: float, a: tuple, b: tuple, c: tuple) -> bool:
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])

    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def _near_polyline(x: float, y: float, points: list[tuple], half_width: float) -> bool:
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        if (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half_width**2:
            return True
    return False


# The drawing on a unit square (0..1); each icon scales it to its own size.
_BUBBLE = (0.14, 0.18, 0.86, 0.70, 0.12)
_TAIL = ((0.28, 0.62), (0.46, 0.62), (0.24, 0.84))
_TICK = [(0.33, 0.44), (0.45, 0.56), (0.68, 0.32)]


def _bubble(x: float, y: float, inset: float = 0.0) -> bool:
    left, top, right, bottom, radius = _BUBBLE
    return _in_rounded_rect(
        x, y, left + inset, top + inset, right - inset, bottom - inset, max(radius - inset, 0.0)
    ) or (inset == 0.0 and _in_triangle(x, y, *_TAIL))


def _coverage(size: int, inside) -> list[list[float]]:
    """Fraction of each pixel for which ``inside(x, y)`` holds, x and y on the unit square."""
    step = 1.0 / (size * SAMPLES)
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            hits = sum(
                inside((px * SAMPLES + sx + 0.5) * step, (py * SAMPLES + sy + 0.5) * step)
                for sy in range(SAMPLES)
                for sx in range(SAMPLES)
            )
            row.append(hits / SAMPLES**2)
        rows.append(row)
    return rows


def _png(pixels: list[list[tuple[int, int, int, int]]]) -> bytes:
    """Encode RGBA rows as an 8-bit RGBA PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    height, width = len(pixels), len(pixels[0])
    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in pixels)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def color_icon(size: int = 192) -> bytes:
    """The accent colour, a white speech bubble, and a tick in the accent colour."""
    accent = tuple(int(ACCENT_COLOR[i : i + 2], 16) for i in (1, 3, 5))
    white = (255, 255, 255)
    bubble = _coverage(size, _bubble)
    tick = _coverage(size, lambda x, y: _near_polyline(x, y, _TICK, 0.05))
    return _png(
        [
            [(*_mix(_mix(accent, white, b), accent, t), 255) for b, t in zip(bubble_row, tick_row)]
            for bubble_row, tick_row in zip(bubble, tick)
        ]
    )


def outline_icon(size: int = 32) -> bytes:
    """White strokes only (the bubble's edge and the tick) on full transparency."""
    stroke = 1.6 / size
    shape = _coverage(
        size,
        lambda x, y: (_bubble(x, y) and not _bubble(x, y, inset=stroke)) or _near_polyline(x, y, _TICK, stroke * 0.9),
    )
    return _png([[(255, 255, 255, round(255 * c)) for c in row] for row in shape])


if __name__ == "__main__":
    ASSETS.mkdir(parents=True, exist_ok=True)
    (ASSETS / "color.png").write_bytes(color_icon())
    (ASSETS / "outline.png").write_bytes(outline_icon())
    print(f"wrote {ASSETS / 'color.png'} and {ASSETS / 'outline.png'}")
