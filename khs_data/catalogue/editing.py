"""The coordinator's corrections: what a population correction does to dues already invoiced."""

TEXTS = {
    "coord.invoiced.head": (
        "Rettelsen endrer kontingent som allerede er fakturert. Send kreditnota eller ny faktura for:",
        "Rettinga endrar kontingent som alt er fakturert. Send kreditnota eller ny faktura for:",
    ),
    "coord.invoiced.line": ("{municipality}, kontingent {year}: {old} → {new}", "{municipality}, kontingent {year}: {old} → {new}"),
    "coord.invoiced.missing": ("mangler folketall", "manglar folketal"),
}
