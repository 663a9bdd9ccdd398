"""Read SSB table 07459 as JSON-stat2, the format of SSB's PxWebApi v2 (a downloaded .json file,
or the answer khs_data.ssb_api fetches), into raw SsbRecords; refuse, in Norwegian, a document
that is not one dataset of population by region and year."""

from __future__ import annotations

import json
import math

from khs_data.problems import FileRefused, said
from khs_data.readers.ssb.record import YEAR, SsbRecord

MAX_JSON_VALUES = 5_000_000


def parse_jsonstat(data: bytes, file_name: str) -> list[SsbRecord]:
    """Records from a PxWebApi v2 JSON-stat2 dataset; FileRefused if it is not one."""

    def refuse(why: str, **values: object) -> FileRefused:
        """`why`: the reason's key (import.ssb.why.*) in the catalogue."""
        return FileRefused(file_name, said("import.ssb.refused", why=said(f"import.ssb.why.{why}", **values)))

    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError, MemoryError):
        raise FileRefused(file_name, said("import.ssb.not_json")) from None
    if not isinstance(doc, dict) or doc.get("class") != "dataset" or not str(doc.get("version", "")).startswith("2"):
        raise refuse("version")
    ids, sizes, dims, values = doc.get("id"), doc.get("size"), doc.get("dimension"), doc.get("value")
    if not (
        isinstance(ids, list)
        and isinstance(sizes, list)
        and isinstance(dims, dict)
        and len(ids) == len(sizes)
        and all(isinstance(d, str) and d in dims for d in ids)
        and all(isinstance(s, int) and not isinstance(s, bool) and s >= 0 for s in sizes)
    ):
        raise refuse("shape")
    total = math.prod(sizes)
    if total > MAX_JSON_VALUES:
        raise FileRefused(file_name, said("import.ssb.too_many"))

    categories = {d: _categories(dims[d], d, refuse) for d in ids}
    for d, s in zip(ids, sizes):
        if len(categories[d][0]) != s:
            raise refuse("size", dimension=d, count=len(categories[d][0]), size=s)

    role = doc.get("role") if isinstance(doc.get("role"), dict) else {}
    region_dim = _pick(ids, role.get("geo"), ("region",))
    time_dim = _pick(ids, role.get("time"), ("tid", "år", "year", "time"))
    if region_dim is None or time_dim is None or region_dim == time_dim:
        raise refuse("no_region_year")
    for d, s in zip(ids, sizes):
        if d not in (region_dim, time_dim) and s > 1:
            raise FileRefused(file_name, said("import.ssb.several_per_year", dimension=d, count=s))

    value_at = _lookup(values, total, refuse)
    status_at = _lookup(doc.get("status"), total, refuse, broadcast=True)
    strides = [math.prod(sizes[k + 1 :]) for k in range(len(ids))]
    r_stride, t_stride = strides[ids.index(region_dim)], strides[ids.index(time_dim)]
    codes, labels = categories[region_dim]
    years = []
    for code, label in zip(*categories[time_dim]):
        text = code if YEAR.match(code) else label
        if not YEAR.match(text):
            raise refuse("not_year", code=code)
        years.append(int(text))
    column = str(doc.get("label") or _single_label(categories, ids, region_dim, time_dim) or "verdi")

    records = []
    for r, (code, label) in enumerate(zip(codes, labels)):
        short = code[2:] if code[:2] in ("K-", "F-") else code
        full = label if (label.startswith(code + " ") or label.startswith(short + " ")) else f"{code} {label}"
        for t, year in enumerate(years):
            pos = r * r_stride + t * t_stride
            records.append(
                SsbRecord(
                    region_code=short,
                    region_label=full if label and label != code else code,
                    year=year,
                    value=_value_text(value_at(pos), status_at(pos), refuse),
                    row=None,
                    column=column,
                    sheet=None,
                )
            )
    return records


def _categories(dim: object, name: str, refuse) -> tuple[list[str], list[str]]:
    """(codes in index order, labels) of one dimension; index may be a dict or a list."""
    category = dim.get("category") if isinstance(dim, dict) else None
    if not isinstance(category, dict):
        raise refuse("no_category", dimension=name)
    index, label = category.get("index"), category.get("label")
    label = label if isinstance(label, dict) else {}
    if index is None:  # allowed in JSON-stat for a single category
        codes = list(label)
    elif isinstance(index, list):
        codes = index
    elif isinstance(index, dict):
        positions = list(index.values())
        if not all(type(v) is int for v in positions) or sorted(positions) != list(range(len(positions))):
            raise refuse("bad_index", dimension=name)
        codes = sorted(index, key=index.get)
    else:
        raise refuse("bad_index", dimension=name)
    if not all(isinstance(c, str) for c in codes):
        raise refuse("codes_not_text", dimension=name)
    return codes, [str(label.get(c, c)) for c in codes]


def _pick(ids: list[str], by_role: object, names: tuple[str, ...]) -> str | None:
    """The dimension named by JSON-stat's "role", else the first whose id contains one of names."""
    if isinstance(by_role, list):
        for d in by_role:
            if d in ids:
                return d
    return next((d for d in ids if any(n in d.lower() for n in names)), None)


def _single_label(categories, ids, *skip) -> str | None:
    """Label of the single content category ("Personer") when the dataset has no label."""
    for d in ids:
        if d not in skip and len(categories[d][1]) == 1:
            return categories[d][1][0]
    return None


def _lookup(values: object, total: int, refuse, broadcast: bool = False):
    """Position → entry for JSON-stat's dense list, sparse dict or (status only) single string."""
    if values is None and broadcast:
        return lambda pos: None
    if isinstance(values, str) and broadcast:
        return lambda pos: values
    if isinstance(values, list):
        if len(values) != total:
            raise refuse("value_count", count=len(values), total=total)
        return values.__getitem__
    if isinstance(values, dict):
        return lambda pos: values.get(str(pos))
    raise refuse("no_values")


def _value_text(value: object, status: object, refuse) -> str | None:
    if value is None:
        return str(status) if status not in (None, "") else None
    if isinstance(value, bool):
        raise refuse("boolean")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    raise refuse("bad_value")
