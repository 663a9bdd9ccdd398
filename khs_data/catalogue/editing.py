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
    "coord.invoiced.missing": ("mangler folketall", "manglar folketal"),
}
