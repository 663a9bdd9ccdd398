"""Why a JSON-stat file from SSB cannot be read (khs_data.readers.ssb.jsonstat)."""

TEXTS = {
    "import.ssb.refused": (
        "Filen er ikke en gyldig JSON-stat-fil fra SSB: {why}. Last ned tabellen på nytt fra SSB som JSON-stat2 eller CSV.",
        "Fila er ikkje ei gyldig JSON-stat-fil frå SSB: {why}. Last ned tabellen på nytt frå SSB som JSON-stat2 eller CSV.",
    ),
    "import.ssb.not_json": (
        "Filen er ikke gyldig JSON (den er skadet eller har feil tegnkoding).",
        "Fila er ikkje gyldig JSON (ho er skadd eller har feil teiknkoding).",
    ),
    "import.ssb.too_many": (
        "Filen har for mange verdier til å leses. Velg færre regioner eller år hos SSB.",
        "Fila har for mange verdiar til å lesast. Vel færre regionar eller år hos SSB.",
    ),
    "import.ssb.several_per_year": (
        "Filen har flere tall per region og år (dimensjonen «{dimension}» har {count} verdier). "
        "Last ned tabellen fra SSB med bare ett valg for «{dimension}» (for eksempel uten å dele på kjønn eller alder).",
        "Fila har fleire tal per region og år (dimensjonen «{dimension}» har {count} verdiar). "
        "Last ned tabellen frå SSB med berre eitt val for «{dimension}» (til dømes utan å dele på kjønn eller alder).",
    ),
    "import.ssb.why.version": ("den mangler «version»: «2.0» og «class»: «dataset»", "ho manglar «version»: «2.0» og «class»: «dataset»"),
    "import.ssb.why.shape": ("«id», «size» og «dimension» passer ikke sammen", "«id», «size» og «dimension» passar ikkje saman"),
    "import.ssb.why.size": (
        "dimensjonen «{dimension}» har {count} kategorier, men «size» sier {size}",
        "dimensjonen «{dimension}» har {count} kategoriar, men «size» seier {size}",
    ),
    "import.ssb.why.no_region_year": ("finner ikke dimensjonene for region og år", "finn ikkje dimensjonane for region og år"),
    "import.ssb.why.not_year": (
        "tidsdimensjonen har verdien «{code}», men skal ha årstall",
        "tidsdimensjonen har verdien «{code}», men skal ha årstal",
    ),
    "import.ssb.why.no_category": ("dimensjonen «{dimension}» mangler «category»", "dimensjonen «{dimension}» manglar «category»"),
    "import.ssb.why.bad_index": ("dimensjonen «{dimension}» har en ugyldig «index»", "dimensjonen «{dimension}» har ein ugyldig «index»"),
    "import.ssb.why.codes_not_text": (
        "dimensjonen «{dimension}» har koder som ikke er tekst",
        "dimensjonen «{dimension}» har kodar som ikkje er tekst",
    ),
    "import.ssb.why.value_count": (
        "det er {count} verdier, men dimensjonene gir {total}",
        "det er {count} verdiar, men dimensjonane gir {total}",
    ),
    "import.ssb.why.no_values": ("«value» mangler eller har feil form", "«value» manglar eller har feil form"),
    "import.ssb.why.boolean": ("en verdi er sann/usann i stedet for et tall", "ein verdi er sann/usann i staden for eit tal"),
    "import.ssb.why.bad_value": ("en verdi har feil form", "ein verdi har feil form"),
}
