"""The coordinator's corrections: what a population correction does to dues already invoiced, and
the choice of kind when a file's headers do not tell it."""

TEXTS = {
    "coord.invoiced.head": (
        "Rettelsen endrer kontingent som allerede er fakturert. Send kreditnota eller ny faktura for:",
        "Rettinga endrar kontingent som alt er fakturert. Send kreditnota eller ny faktura for:",
    ),
    "coord.invoiced.line": ("{municipality}, kontingent {year}: {old} → {new}", "{municipality}, kontingent {year}: {old} → {new}"),
    "coord.upload.choose_kind": (
        "Velg filtype i listen «Filtype» over ({kinds}), så leses filen som det.",
        "Vel filtype i lista «Filtype» over ({kinds}), så blir fila lesen som det.",
    ),
    "coord.history.changes_heading": ("Hva en import endret", "Kva ein import endra"),
    "coord.history.changes_pick": ("Import", "Import"),
    "coord.history.changes_option": ("Nr. {id}: {kind} {origin}, {when}", "Nr. {id}: {kind} {origin}, {when}"),
    "coord.history.changes_none": ("Importen endret ingen rader.", "Importen endra ingen rader."),
    "coord.invoiced.missing": ("mangler folketall", "manglar folketal"),
}
