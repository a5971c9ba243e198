"""A synthetic campaign of any size with the shipped example's structure (used by tests and bench/)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "templates" / "helpline-rise" / "example"


def make_campaign(target: Path, areas: int, *, seed: int = 1, per_region: int = 50) -> Path:
    """Copy the example and replace its areas and figures with ``areas`` areas in regions of ``per_region``.

    Region figures are left for drafter to sum, so every campaign passes the parent-sum check.
    """
    shutil.copytree(EXAMPLE, target)
    rng = random.Random(seed)
    regions = max(1, areas // (per_region + 1))
    area_rows = ["area,parent,in_text,force"]
    figure_rows = ["area,measure,before,after"]
    made = 0
    region_names = [f"Region {r + 1}" for r in range(regions)]
    for name in region_names:
        area_rows.append(f"{name},,{name.lower()},")
        made += 1
    index = 0
    while made < areas:
        index += 1
        parent = region_names[index % regions]
        name = f"Area {index}"
        area_rows.append(f"{name},{parent},{name},{name} Police")
        before = rng.randint(20, 3000) if index > 1 else 150
        after = rng.randint(0, 4 * before) if index > 1 else 440  # Area 1 has the local quote: "almost treble"
        figure_rows.append(f"{name},contacts,{before},{after}")
        made += 1
    (target / "areas.csv").write_text("\n".join(area_rows) + "\n", encoding="utf-8")
    (target / "figures.csv").write_text("\n".join(figure_rows) + "\n", encoding="utf-8")
    quotes = (target / "quotes.yaml").read_text(encoding="utf-8")
    quotes = quotes.replace("areas: [North West]", "areas: all").replace("areas: [Cheshire]", "areas: [Area 1]")
    quotes = quotes.replace("in Cheshire", "in the area").replace("for Cheshire Constabulary", "for the force")
    lines = [line for line in quotes.splitlines() if not line.strip().startswith(("fingerprint:", "approved_"))]
    (target / "quotes.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target
