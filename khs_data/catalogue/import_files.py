"""Why a whole uploaded file cannot be read (khs_data.readers, importer): said to whoever imports it."""

TEXTS = {
    "import.file.unreadable": ("Filen kunne ikke leses ({reason}).", "Fila kunne ikkje lesast ({reason})."),
    "import.file.too_big_bytes": (
        "Filen er {size}, men største tillatte størrelse er {limit}. Del opp filen eller fjern unødvendige ark og kolonner.",
        "Fila er {size}, men største tillatne storleik er {limit}. Del opp fila eller fjern unødvendige ark og kolonnar.",
    ),
    "import.file.empty": ("Filen er tom.", "Fila er tom."),
    "import.file.broken_zip": (
        "Filen er skadet eller ikke et regneark (ufullstendig ZIP-fil).",
        "Fila er skadd eller ikkje eit rekneark (ufullstendig ZIP-fil).",
    ),
    "import.file.pdf": (
        "Filen er en PDF, ikke et regneark. Last opp Excel (.xlsx) eller CSV.",
        "Fila er ein PDF, ikkje eit rekneark. Last opp Excel (.xlsx) eller CSV.",
    ),
    "import.file.not_text": ("Filen er ikke et regneark eller en tekstfil (CSV).", "Fila er ikkje eit rekneark eller ei tekstfil (CSV)."),
    "import.file.html": (
        "Filen er en nettside (HTML) lagret med navnet «{file}», ikke et regneark. Last ned filen på nytt som Excel (.xlsx) eller CSV.",
        "Fila er ei nettside (HTML) lagra med namnet «{file}», ikkje eit rekneark. Last ned fila på nytt som Excel (.xlsx) eller CSV.",
    ),
    "import.file.xml": (
        "Filen er en XML-fil (for eksempel et gammelt «XML-regneark»), ikke et regneark vi kan lese. Åpne den i Excel og lagre som .xlsx.",
        "Fila er ei XML-fil (til dømes eit gammalt «XML-rekneark»), ikkje eit rekneark vi kan lese. Opne ho i Excel og lagre som .xlsx.",
    ),
    "import.file.password_ole": (
        "Filen er passordbeskyttet. Fjern passordet i Excel (Fil → Info → Beskytt arbeidsbok) og last opp på nytt.",
        "Fila er passordverna. Fjern passordet i Excel (Fil → Info → Beskytt arbeidsbok) og last opp på nytt.",
    ),
    "import.file.xls": (
        "Filen er i det gamle Excel-formatet (.xls). Åpne den i Excel og lagre som .xlsx.",
        "Fila er i det gamle Excel-formatet (.xls). Opne ho i Excel og lagre som .xlsx.",
    ),
    "import.file.bomb": (
        "Filen pakker seg ut til unormalt mye data og kan være en «zip-bombe». "
        "Den er avvist av sikkerhetshensyn. Lagre regnearket på nytt i Excel og prøv igjen.",
        "Fila pakkar seg ut til unormalt mykje data og kan vere ei «zip-bombe». "
        "Ho er avvist av omsyn til tryggleiken. Lagre reknearket på nytt i Excel og prøv igjen.",
    ),
    "import.file.damaged_zip": (
        "Filen er skadet eller ikke et regneark. Åpne den i Excel, lagre som .xlsx og prøv igjen.",
        "Fila er skadd eller ikkje eit rekneark. Opne ho i Excel, lagre som .xlsx og prøv igjen.",
    ),
    "import.file.xlsb": (
        "Filen er en binær Excel-arbeidsbok (.xlsb). Åpne den i Excel og lagre som .xlsx.",
        "Fila er ei binær Excel-arbeidsbok (.xlsb). Opne ho i Excel og lagre som .xlsx.",
    ),
    "import.file.zip_not_excel": (
        "Filen er en ZIP-fil, men ikke et Excel-regneark. Last opp en .xlsx-fil eller en CSV-fil.",
        "Fila er ei ZIP-fil, men ikkje eit Excel-rekneark. Last opp ei .xlsx-fil eller ei CSV-fil.",
    ),
    "import.file.password": (
        "Filen er passordbeskyttet. Fjern passordet i Excel og last opp på nytt.",
        "Fila er passordverna. Fjern passordet i Excel og last opp på nytt.",
    ),
    "import.file.nested": (
        "Filen inneholder andre innebygde filer eller arkiver (for eksempel et innebygd regneark). "
        "Fjern de innebygde objektene, eller kopier dataene til en ny arbeidsbok, og last opp på nytt.",
        "Fila inneheld andre innebygde filer eller arkiv (til dømes eit innebygd rekneark). "
        "Fjern dei innebygde objekta, eller kopier dataa til ei ny arbeidsbok, og last opp på nytt.",
    ),
    "import.file.json": (
        "Filen er en JSON-fil, ikke et regneark eller en CSV-fil.",
        "Fila er ei JSON-fil, ikkje eit rekneark eller ei CSV-fil.",
    ),
    "import.file.json_only_population": (
        "JSON-filer kan bare være folketall fra SSB (JSON-stat2).",
        "JSON-filer kan berre vere folketal frå SSB (JSON-stat2).",
    ),
    "import.file.csv_broken": (
        'Filen kunne ikke leses som CSV: en celle er for lang, eller et anførselstegn (") er ikke lukket.',
        'Fila kunne ikkje lesast som CSV: ei celle er for lang, eller eit hermeteikn (") er ikkje lukka.',
    ),
    "import.file.encoding": (
        "Filen har tegn som ikke kan leses (ukjent tegnkoding). Lagre den som CSV UTF-8.",
        "Fila har teikn som ikkje kan lesast (ukjend teiknkoding). Lagre ho som CSV UTF-8.",
    ),
    "import.file.too_big": (
        "Filen er for stor til å leses. Del den opp i mindre filer.",
        "Fila er for stor til å lesast. Del ho opp i mindre filer.",
    ),
    "import.file.long_line": (
        "Linje {number} er over {limit} tegn lang; dette er ikke en vanlig CSV-fil.",
        "Linje {number} er over {limit} teikn lang; dette er ikkje ei vanleg CSV-fil.",
    ),
    "import.file.too_many_rows": (
        "Filen har over {limit} rader, som er mer enn vi leser. Del den opp i mindre filer.",
        "Fila har over {limit} rader, som er meir enn vi les. Del ho opp i mindre filer.",
    ),
    "import.file.too_many_cells": (
        "Filen har for mange celler (over {limit}) til å leses trygt. Fjern unødvendige kolonner eller del den opp i mindre filer.",
        "Fila har for mange celler (over {limit}) til å lesast trygt. Fjern unødvendige kolonnar eller del ho opp i mindre filer.",
    ),
    "import.file.damaged_xlsx": (
        "Filen er skadet eller kunne ikke leses som Excel-regneark. Åpne den i Excel, lagre som .xlsx og prøv igjen.",
        "Fila er skadd eller kunne ikkje lesast som Excel-rekneark. Opne ho i Excel, lagre som .xlsx og prøv igjen.",
    ),
    "import.file.no_sheets": ("Regnearket har ingen synlige ark med data.", "Reknearket har ingen synlege ark med data."),
    "import.file.sheet_named": ("Arket «{sheet}»", "Arket «{sheet}»"),
    "import.file.a_sheet": ("Et ark", "Eit ark"),
    "import.file.sheet_too_big": (
        "{sheet} har innhold helt ned til rad {row} og ut til kolonne {column}; "
        "det er for stort til å leses trygt. Slett tomme rader og kolonner under og til høyre for "
        "tabellen (eller del opp filen), lagre og last opp på nytt.",
        "{sheet} har innhald heilt ned til rad {row} og ut til kolonne {column}; "
        "det er for stort til å lesast trygt. Slett tomme rader og kolonnar under og til høgre for "
        "tabellen (eller del opp fila), lagre og last opp på nytt.",
    ),
}
