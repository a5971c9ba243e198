"""Benchmark: drafter against docxtpl and a hand-written zipfile floor, in the same run.

    python bench/bench.py --areas 1000                    # a table of ratios
    python bench/bench.py --areas 10000 --skip-docxtpl    # national scale: peak RSS
    python bench/bench.py --areas 100 --json              # for machines (CI runs --areas 100)

Generates a synthetic campaign of N areas with the shipped template's structure (tests/synthetic.py) and the
default reference DOCX, then measures, each in a fresh process:
  - drafter end to end (load, compute, render, write DOCX; plus its fact sheets and reviewer pack), releases
    per second and peak RSS;
  - docxtpl (autoescape=True) producing the same releases' text from an equivalent DOCX template built from
    the same reference styles;
  - the floor: the same document XML written into a minimal DOCX with zipfile by hand;
  - start-up: the shipped example drafted end to end (`drafter draft templates/helpline-rise/example --out
    <tmp>`) against `python -c "import docx, jinja2, babel, typer"`, and `drafter --help` against
    `python -c "import typer"`, wall time.
drafter and the floor are timed --repeat times (default 3) and the quickest run of each is kept; the ratios
all come from this one run of the bench.
docxtpl is a bench-only extra (pip install -e ".[bench]"), never a runtime dependency.

Bench notes: why drafter drafts in one process. Until issue 14, `draft --jobs N` ran pass 1 in a pool of
worker processes. At the batch sizes comms teams run (5 to 500 areas) one process drafts the whole batch in
well under a second or two, so the pool only paid at national scale, and little there: about 1.3x at 1,000
areas on 2 cores (creating thousands of files queues in the kernel however many processes ask). Its price was
a second code path, start-up by fork only (a worker had to inherit the loaded campaign; not spawn-safe, so not
for Windows), a module-level _STATE the API read back, and an import cycle api <-> parallel. It was removed.

Bench notes: docxtpl and the size of the reference. docxtpl opens and saves the whole template for every release,
so its time follows the reference's size; drafter copies the reference's parts, compressed once per batch, and
its time per release does not. The shipped reference once carried python-docx's default template whole (a
353 KB styles.xml of about a hundred unused table styles, Word 2010's 438 KB copy of it, a thumbnail): on it
docxtpl took 42 ms a release, on today's slim reference 22 ms (one run, the same 200 releases, both templates
timed in turn). drafter's own time did not change, so "drafter ÷ docxtpl" fell from about 8.9 to about 5.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORKER = r'''
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
mode, campaign, out = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
from drafter import api
def kernel():  # seconds this process spent in the kernel (creating files, mostly)
    return resource.getrusage(resource.RUSAGE_SELF).ru_stime
if mode == "drafter":
    kernel_before, start = kernel(), time.perf_counter()
    result = api.draft(campaign, out, formats=["docx"])
    seconds = time.perf_counter() - start
    count = len(result.releases)
else:
    from drafter.writers.docx import DocxWriter
    from drafter.document import STYLES_USED
    from drafter.shipped import reference_docx
    batch = api.prepare(campaign)
    releases = api.render_all(batch)
    out.mkdir(parents=True, exist_ok=True)
    count = len(releases)
    if mode == "floor":
        import zipfile
        writer = DocxWriter(reference_docx(), STYLES_USED)
        bodies = ["".join(writer.paragraph_xml(b) for b in r.blocks) for r in releases]
        head, tail = writer.document_head, writer.document_tail
        ns = "http://schemas.openxmlformats.org/"
        types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 f'<Types xmlns="{ns}package/2006/content-types">'
                 '<Default Extension="rels" '
                 'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<Relationships xmlns="{ns}package/2006/relationships"><Relationship Id="rId1" '
                f'Type="{ns}officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '</Relationships>')
        kernel_before, start = kernel(), time.perf_counter()
        for r, body in zip(releases, bodies):
            with zipfile.ZipFile(out / f"{r.slug}.docx", "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("[Content_Types].xml", types)
                z.writestr("_rels/.rels", rels)
                z.writestr("word/document.xml", head + body + tail)
        seconds = time.perf_counter() - start
    else:
        from docxtpl import DocxTemplate
        template = Path(sys.argv[5])
        contexts = []
        for r in releases[:int(sys.argv[6])]:  # docxtpl is slow: a sample of the batch is enough for a rate
            blocks = {}
            for b in r.blocks:
                blocks.setdefault(b.style, []).append(b.text)
            contexts.append((r.slug, {k.replace(" ", "_").lower(): v for k, v in blocks.items()}))
        kernel_before, start = kernel(), time.perf_counter()
        for slug, context in contexts:
            doc = DocxTemplate(str(template))
            doc.render(context, autoescape=True)
            doc.save(str(out / f"{slug}.docx"))
        seconds = time.perf_counter() - start
        count = len(contexts)
print(json.dumps({"seconds": seconds, "releases": count, "kernel_seconds": kernel() - kernel_before,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
'''


def docxtpl_template(path: Path) -> None:
    """A docxtpl template with the same reference styles: one looped paragraph per drafter style."""
    from tests.slow_docx import empty_reference

    document = empty_reference()
    for style in ("Embargo", "Heading 1", "Dateline", "Body Text", "Quote", "Ends", "Notes Heading", "Notes",
                  "Contact"):
        key = style.replace(" ", "_").lower()
        document.add_paragraph(f"{{%p for t in {key}|default([]) %}}", style=style)
        document.add_paragraph("{{ t }}", style=style)
        document.add_paragraph("{%p endfor %}", style=style)
    document.save(str(path))


def run_once(mode: str, campaign: Path, work: Path, template: Path | None = None, limit: int = 0
             ) -> dict[str, float]:
    """One fresh process drafting (or writing the floor's or docxtpl's files for) the campaign."""
    out = Path(tempfile.mkdtemp(dir=work, prefix=f"{mode}-"))
    args = [sys.executable, "-c", WORKER, str(ROOT), mode, str(campaign), str(out), str(template or ""), str(limit)]
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    shutil.rmtree(out)
    run: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return run


def best(runs: list[dict[str, float]]) -> dict[str, float]:
    """The quickest of the runs (the least disturbed by the rest of the machine: creating thousands of files
    takes twice as long in one run as in the next here), with the highest RSS of any."""
    data = dict(min(runs, key=lambda run: run["seconds"] / run["releases"]))
    data["rss_mb"] = max(run["rss_mb"] for run in runs)
    data["per_second"] = data["releases"] / data["seconds"]
    data["ms_each"] = 1000 * data["seconds"] / data["releases"]
    data["kernel_ms_each"] = 1000 * data["kernel_seconds"] / data["releases"]
    return data


def startup(commands: dict[str, list[str]], fresh: Path, repeat: int = 7) -> dict[str, dict[str, float]]:
    """Each command's median wall time and CPU time (user + system, of the process it starts), the commands
    taking turns round by round, so a machine busy with other work slows them all alike; ``fresh`` (the
    example's output folder) is removed before each run."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            shutil.rmtree(fresh, ignore_errors=True)
            cpu_before = _children_cpu()
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
            times[name].append((time.perf_counter() - start, _children_cpu() - cpu_before))
    return {name: {"wall": statistics.median(t[0] for t in runs), "cpu": statistics.median(t[1] for t in runs)}
            for name, runs in times.items()}


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--areas", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--skip-docxtpl", action="store_true", help="when docxtpl is not installed")
    parser.add_argument("--docxtpl-limit", type=int, default=1000,
                        help="time docxtpl on at most this many of the releases (default 1000)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="time drafter and the floor this many times each and keep the quickest (default 3)")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.synthetic import make_campaign

    with tempfile.TemporaryDirectory(prefix="drafter-bench-") as tmp:
        work = Path(tmp)
        campaign = make_campaign(work / "campaign", options.areas)
        small = make_campaign(work / "small", 100)
        results: dict[str, object] = {"areas": options.areas, "machine": f"{platform.machine()}, "
                                      f"{os.cpu_count()} cores, Python {platform.python_version()}"}
        template = work / "docxtpl-template.docx"
        if not options.skip_docxtpl:
            docxtpl_template(template)
        # Round by round, each contender once a round, so a machine that slows down part of the way through
        # slows them all; docxtpl (slow, and mostly computing) in the first round only.
        runs: dict[str, list[dict[str, float]]] = {"drafter": [], "floor": [], "small": [], "docxtpl": []}
        for round_ in range(options.repeat):
            runs["drafter"].append(run_once("drafter", campaign, work))
            runs["floor"].append(run_once("floor", campaign, work))
            runs["small"].append(run_once("drafter", small, work))
            if not options.skip_docxtpl and not round_:
                runs["docxtpl"].append(run_once("docxtpl", campaign, work, template=template,
                                                limit=min(options.areas, options.docxtpl_limit)))
        one, floor = best(runs["drafter"]), best(runs["floor"])
        base_rss = best(runs["small"])["rss_mb"]
        results.update(drafter=one, floor=floor, rss_at_100_mb=base_rss)
        if runs["docxtpl"]:
            results["docxtpl"] = best(runs["docxtpl"])
        # pip compiles an installed package's bytecode as it installs it, and Python writes a checkout's on its
        # first run, unless PYTHONDONTWRITEBYTECODE is set (as on some CI machines, where every run would then
        # compile drafter's modules afresh while the libraries it is compared with load theirs compiled): compile
        # it here, so start-up is timed as a press officer's installed drafter starts.
        compileall.compile_dir(ROOT / "drafter", quiet=1)
        example_out = work / "example-out"
        starts = startup({
            "example": [sys.executable, "-m", "drafter", "draft", "templates/helpline-rise/example", "--out",
                        str(example_out)],
            "imports": [sys.executable, "-c", "import docx, jinja2, babel, typer"],
            "help": [sys.executable, "-m", "drafter", "--help"],
            "typer": [sys.executable, "-c", "import typer"]}, example_out)
        results["startup"] = starts
    example, imports = starts["example"], starts["imports"]
    ratios = {
        "drafter ÷ floor, time per release": one["ms_each"] / floor["ms_each"],
        f"peak RSS at {options.areas} ÷ at 100 areas": one["rss_mb"] / base_rss,
        "example drafted ÷ import docx, jinja2, babel, typer, wall": example["wall"] / imports["wall"],
        "example drafted ÷ import docx, jinja2, babel, typer, CPU": example["cpu"] / imports["cpu"],
        "drafter --help ÷ python -c 'import typer', wall time": starts["help"]["wall"] / starts["typer"]["wall"],
    }
    if "docxtpl" in results:
        docxtpl = results["docxtpl"]
        assert isinstance(docxtpl, dict)
        ratios = {"drafter ÷ docxtpl, releases per second": one["per_second"] / docxtpl["per_second"], **ratios}
    results["ratios"] = ratios
    if options.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{options.areas} areas on {results['machine']}")
    print(f"  drafter:          {one['per_second']:.0f} releases/s ({one['ms_each']:.2f} ms each, "
          f"{one['kernel_ms_each']:.2f} ms of it in the kernel), peak RSS {one['rss_mb']:.0f} MB "
          f"({base_rss:.0f} MB at 100 areas)")
    if "docxtpl" in results:
        d = results["docxtpl"]
        assert isinstance(d, dict)
        print(f"  docxtpl:          {d['per_second']:.0f} releases/s ({d['ms_each']:.2f} ms each)")
    print(f"  zipfile floor:    {floor['per_second']:.0f} releases/s ({floor['ms_each']:.2f} ms each, "
          f"{floor['kernel_ms_each']:.2f} ms of it in the kernel)")
    print(f"  example drafted:  {example['wall']:.2f} s ({example['cpu']:.2f} s CPU); import docx, jinja2, babel, "
          f"typer: {imports['wall']:.2f} s ({imports['cpu']:.2f} s CPU)")
    print("  ratio                                                          value")
    for name, value in ratios.items():
        print(f"  {name:<62} {value:6.2f}")


if __name__ == "__main__":
    main()
