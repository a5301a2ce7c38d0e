"""Geometry of the overview's SVG bar charts (drawn by the template, no JS)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Dict, List, Optional, Tuple

from chatbot.review.plain import day_label

WIDTH, BAR, GAP, LABEL_W = 560, 16, 5, 170


def bar_chart(
    rows: List[Tuple[str, Optional[float]]],
    fmt: Callable[[float], str] = str,
    scale: Optional[float] = None,
) -> Dict[str, Any]:
    """[(label, value)] -> bars. ``scale``: the value drawn as a full bar (1.0 for shares,
    so 14 % draws as 14 % of the width); default the largest value. A value of None is a
    day without data: no bar, shown as "–"."""
    top = scale or max([v or 0 for _, v in rows] or [0]) or 1
    room = WIDTH - LABEL_W - 60
    bars = [
        {
            "label": label, "value": "–" if value is None else fmt(value),
            "raw": value, "y": i * (BAR + GAP), "x": LABEL_W,
            "w": round(room * min(value or 0, top) / top, 1),
        }
        for i, (label, value) in enumerate(rows)
    ]  # fmt: skip
    ticks = []
    if scale:  # the 0 / 50 / 100 % lines
        ticks = [{"x": LABEL_W + room * f, "label": fmt(scale * f)} for f in (0, 0.5, 1)]
    height = max(1, len(rows)) * (BAR + GAP) + (16 if ticks else 0)
    return {"bars": bars, "width": WIDTH, "height": height, "bar": BAR, "ticks": ticks,
            "axis_y": len(rows) * (BAR + GAP) + 12}  # fmt: skip


def per_day_charts(per_day: List[Dict[str, Any]]) -> Dict[str, Dict[str, Any]]:
    """Conversations per day and the share with a misunderstanding (0–100 %), every day."""
    counts, shares = [], []
    for row in per_day:
        label = day_label(dt.date.fromisoformat(row["day"]))
        counts.append((label, row["conversations"]))
        n = row["conversations"]
        shares.append((label, row["with_fallback"] / n if n else None))
    return {
        "per_day": bar_chart(counts),
        "fallback": bar_chart(shares, fmt=lambda v: f"{v:.0%}", scale=1.0),
    }
