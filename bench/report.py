"""The targets of issues 6 and 12, judged on the measured figures, and the table (Markdown, Norwegian)
that `python -m bench` prints and the README shows."""

from __future__ import annotations

from .timing import Timing

IMPORT_VS_CALAMINE = {"meetings": 1.5, "population": 2.0}  # import ≤ this × pandas' calamine read of the same file
GUARD_VS_CALAMINE = 0.3  # the hostile-sheet guard ≤ 0.3 × the calamine read
OPENPYXL_VS_IMPORT = 4.0  # import ≥ 4 × faster than pandas' openpyxl read
WARM_VS_REFERENCE = {"shipped": 4.0, "national": 8.0}
PEAK_RSS_MB = 400.0
VIEW_VS_REFERENCE = 1.5  # server CPU per page view ≤ 1.5 × the reference app's
PAGE_LABELS = {
    "oversikt": "Oversikt",
    "kontingent": "Kontingent",
    "budsjett": "Budsjett",
    "styret": "Styret",
    "moter": "Møter",
    "nettverk": "Nettverk",
    "handlingsplan": "Handlingsplan",
    "arshjul": "Årshjul",
    "avtalen": "Avtalen",
    "prosjekter": "Prosjekter",
    "koordinator": "Koordinator",
    "arsmote": "Årsmøte",
}


def _s(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    return (f"{seconds:.3f}" if seconds < 0.1 else f"{seconds:.2f}").replace(".", ",")


def _x(ratio: float | None) -> str:
    return "–" if ratio is None else f"{ratio:.1f}×".replace(".", ",")


def _n(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _ok(met: bool | None) -> str:
    return "–" if met is None else ("ja" if met else "**nei**")


def _cpu(timing: Timing | None) -> float | None:
    return None if timing is None else timing.cpu


def judge(report: dict) -> list[dict]:
    """Each target with the figure it is judged on (CPU seconds, see timing.py)."""
    targets = []
    for row in report["imports"]:
        vs_floor = row["import"].cpu / row["calamine"].cpu
        vs_openpyxl = row["openpyxl"].cpu / row["import"].cpu
        limit = IMPORT_VS_CALAMINE[row["kind"]]
        targets.append(
            {"target": f"import {row['file']} ≤ {_x(limit)} calamine-lesing", "measured": round(vs_floor, 2), "met": vs_floor <= limit}
        )
        if row.get("guard"):
            guard = row["guard"].cpu / row["calamine"].cpu
            targets.append(
                {
                    "target": f"vern mot fiendtlige ark, {row['file']} ≤ {_x(GUARD_VS_CALAMINE)} calamine-lesing",
                    "measured": round(guard, 2),
                    "met": guard <= GUARD_VS_CALAMINE,
                }
            )
        targets.append(
            {
                "target": f"import {row['file']} ≥ {_x(OPENPYXL_VS_IMPORT)} raskere enn openpyxl-lesing",
                "measured": round(vs_openpyxl, 2),
                "met": vs_openpyxl >= OPENPYXL_VS_IMPORT,
            }
        )
    growth = report["data_growth"]
    for scale, limit in WARM_VS_REFERENCE.items():
        pages = report["pages"].get(scale)
        if not pages:
            continue
        reference = pages["reference"]["warm"].cpu
        for name, result in pages.items():
            if name == "reference":
                continue
            if result["warm"] is None or result["problem"]:
                targets.append({"target": f"{name}: kjører uten feil ({scale})", "measured": result["problem"], "met": False})
                continue
            ratio = result["warm"].cpu / reference
            targets.append(
                {"target": f"{name}: omkjøring ≤ {limit:g}× referansen ({scale})", "measured": round(ratio, 2), "met": ratio <= limit}
            )
    if {"shipped", "national"} <= set(report["pages"]):
        for name, result in report["pages"]["national"].items():
            before = report["pages"]["shipped"].get(name)
            if name == "reference" or result["first"] is None or not before or before["first"] is None:
                continue
            ratio = max(result["first"].cpu / before["first"].cpu, result["warm"].cpu / before["warm"].cpu)
            targets.append(
                {
                    "target": f"{name}: vokser ikke raskere enn dataene (nasjonal/eksempel ≤ {growth:.0f}×)",
                    "measured": round(ratio, 2),
                    "met": ratio <= growth,
                }
            )
    views = report.get("views", {})
    if "ratio" in views:
        targets.append(
            {
                "target": f"server-CPU per sidevisning ≤ {_x(VIEW_VS_REFERENCE)} referanseappen",
                "measured": round(views["ratio"], 2),
                "met": views["ratio"] <= VIEW_VS_REFERENCE and not views["app"]["pages_failed"],
            }
        )
    meeting = report.get("meeting", {})
    if "views" in meeting:
        landed = meeting["import"]
        targets.append(
            {
                "target": f"møtelast: importen fra kommandolinjen kom inn mens {meeting['sessions']} økter klikket",
                "measured": f"{_n(landed['rows'])} møter" if landed["exit"] == 0 else f"avsluttet med {landed['exit']}",
                "met": landed["exit"] == 0 and landed["rows"] > 0 and not meeting["pages_failed"],
            }
        )
    memory = report.get("memory", {})
    if "peak_rss_mb" in memory:
        targets.append(
            {
                "target": f"topp RSS < {PEAK_RSS_MB:g} MB etter alle sider (nasjonal)",
                "measured": round(memory["peak_rss_mb"], 1),
                "met": memory["peak_rss_mb"] < PEAK_RSS_MB,
            }
        )
    return targets


def table(report: dict, every_target: bool = True) -> str:
    """The results as Markdown tables; seconds are CPU seconds with wall-clock seconds in brackets.
    Without every_target the list of targets is summed up in one line (for the README)."""
    lines = [
        f"Målt {report['when']} ({report['mode']}), {report['machine']}; "
        f"sekunder er CPU-tid (veggtid i parentes), median av {report['repeats']} målinger.",
        "",
    ]
    lines += [
        "| skala | kommuner | folketall | møter | styreperioder | prosjekter | innbetalinger | nettverk |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for scale, counts in report["rows"].items():
        lines.append(
            f"| {scale} | "
            + " | ".join(
                _n(counts[t]) for t in ("municipalities", "population", "meetings", "board_terms", "projects", "payments", "network_seats")
            )
            + " |"
        )
    lines += [
        "",
        "**Import** (validere og lagre, nasjonal skala) mot å lese samme fil med pandas:",
        "",
        "| fil | rader | import | calamine | openpyxl | vern | import / calamine (mål ≤ 1,5×, folketall ≤ 2×) | "
        "vern / calamine (mål ≤ 0,3×) | openpyxl / import (mål ≥ 4×) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in report["imports"]:
        guard = row.get("guard")
        lines.append(
            f"| {row['file']} | {_n(row['rows'])} | {_s(row['import'].cpu)} ({_s(row['import'].wall)}) | "
            f"{_s(row['calamine'].cpu)} ({_s(row['calamine'].wall)}) | {_s(row['openpyxl'].cpu)} ({_s(row['openpyxl'].wall)}) | "
            f"{_s(guard.cpu) if guard else '–'} | {_x(row['import'].cpu / row['calamine'].cpu)} | "
            f"{_x(guard.cpu / row['calamine'].cpu) if guard else '–'} | {_x(row['openpyxl'].cpu / row['import'].cpu)} |"
        )
    pages = report["pages"]
    lines += [
        "",
        "**Sidene** under AppTest: første kjøring (ny økt, tom cache) og omkjøring (samme økt igjen); "
        "referansen er én plotly-graf med 21 søyler og én tabell med 21 rader.",
        "",
        "| side | første, eksempel | omkjøring, eksempel | første, nasjonal | omkjøring, nasjonal | "
        "omkjøring / ref., eksempel (≤ 4×) | omkjøring / ref., nasjonal (≤ 8×) | nasjonal / eksempel |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    names = list(dict.fromkeys(name for scale in pages.values() for name in scale))
    for name in names:
        cells = []
        ratios = []
        for scale in ("shipped", "national"):
            result = pages.get(scale, {}).get(name)
            reference = pages.get(scale, {}).get("reference")
            if result is None or result["first"] is None:
                cells += ["–", "–"]
                ratios.append(None)
                continue
            cells += [f"{_s(result['first'].cpu)} ({_s(result['first'].wall)})", f"{_s(result['warm'].cpu)} ({_s(result['warm'].wall)})"]
            ratios.append(None if name == "reference" else result["warm"].cpu / reference["warm"].cpu)
        growth = None
        shipped, national = pages.get("shipped", {}).get(name), pages.get("national", {}).get(name)
        if shipped and national and shipped["first"] and national["first"]:
            growth = max(national["first"].cpu / shipped["first"].cpu, national["warm"].cpu / shipped["warm"].cpu)
        label = "Referanse" if name == "reference" else PAGE_LABELS.get(name, name)
        problems = {p for scale in pages.values() if (p := scale.get(name, {}).get("problem"))}
        if problems:
            label += " (feil: " + "; ".join(sorted(problems)) + ")"
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {_x(ratios[0])} | {_x(ratios[1])} | {_x(growth)} |")
    lines.append(f"\nDataene vokser {report['data_growth']:.0f}× fra eksempel til nasjonal (rader i alt).")
    lines += ["", *_browser_lines(report)]
    memory = report.get("memory", {})
    lines.append("")
    if "peak_rss_mb" in memory:
        failed = f", sider som feilet: {', '.join(memory['pages_failed'])}" if memory["pages_failed"] else ""
        lines.append(
            f"**Minne**: topp RSS for app-prosessen etter alle sider, nasjonal skala: "
            f"{memory['peak_rss_mb']:.0f} MB (mål < 400 MB){failed}."
        )
    else:
        lines.append(f"**Minne**: ikke målt ({memory.get('skipped', 'ukjent grunn')}).")
    met = sum(1 for target in report["targets"] if target["met"])
    if not every_target:
        lines += ["", f"Mål nådd: {met} av {len(report['targets'])} (hele listen skrives ut av `python -m bench`)."]
        return "\n".join(lines)
    lines += ["", "| mål | målt | oppfylt |", "|---|---:|---|"]
    for target in report["targets"]:
        measured = target["measured"]
        shown = (
            _x(measured)
            if isinstance(measured, float) and "RSS" not in target["target"]
            else (f"{measured:.0f} MB" if isinstance(measured, float) else str(measured))
        )
        lines.append(f"| {target['target']} | {shown} | {_ok(target['met'])} |")
    return "\n".join(lines)


def _browser_lines(report: dict) -> list[str]:
    """Server CPU per page view and the meeting load (a real server, Chromium clicking)."""
    views, meeting = report.get("views", {}), report.get("meeting", {})
    if "ratio" not in views:
        return [f"**Server og nettleser**: ikke målt ({views.get('skipped', 'ukjent grunn')})."]
    lines = [
        "**Server-CPU per sidevisning** (`streamlit run`, Chromium klikker gjennom alle sidene i menyen, "
        "eksempeldata); referanseappen har like mange sider med én plotly-graf og én tabell hver:",
        "",
        "| app | visninger | CPU per visning | median klikk til ferdig | p95 klikk til ferdig | mot referansen (mål ≤ 1,5×) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, label in (("reference", "Referanseapp"), ("app", "Dashbordet")):
        row = views[name]
        ratio = "" if name == "reference" else _x(views["ratio"])
        failed = f" (feil: {', '.join(row['pages_failed'])})" if row["pages_failed"] else ""
        lines.append(
            f"| {label}{failed} | {row['views']} | {_s(row['cpu_per_view_s'])} | {_s(row['median_click_s'])} | "
            f"{_s(row['p95_click_s'])} | {ratio} |"
        )
    if "views" in meeting:
        landed = meeting["import"]
        came = f"kom inn ({_n(landed['rows'])} møter, {_s(landed['seconds'])} s)" if landed["exit"] == 0 else "**kom ikke inn**"
        failed = f"; sider som feilet: {', '.join(meeting['pages_failed'])}" if meeting["pages_failed"] else ""
        lines += [
            "",
            f"**Møtelast**: {meeting['sessions']} økter klikker gjennom alle sidene to ganger samtidig mens en import av "
            f"møter kjøres fra kommandolinjen: {meeting['views']} visninger, server-CPU {_s(meeting['cpu_per_view_s'])} s "
            f"per visning, klikk til ferdig median {_s(meeting['median_click_s'])} s og p95 {_s(meeting['p95_click_s'])} s; "
            f"importen {came}{failed}.",
        ]
    return lines


def as_json(report: dict) -> dict:
    """The report with every Timing as {wall_s, cpu_s}."""

    def plain(value):
        if isinstance(value, Timing):
            return value.as_dict()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    return plain(report)
