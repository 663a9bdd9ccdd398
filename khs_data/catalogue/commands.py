"""Each command's own output lines (khs_data.commands): what `--lang` changes. JSON keys and values
never change: they are a contract."""

TEXTS = {
    "cmd.dues.head": (
        "Kontingent {year}: kr {rate} per innbygger × folketall per {population_date}, forfall {due_date}",
        "Kontingent {year}: kr {rate} per innbyggjar × folketal per {population_date}, forfall {due_date}",
    ),
    "cmd.dues.sum": ("Sum", "Sum"),
    "cmd.dues.missing": (
        "Folketall mangler for {names}; de er ikke med i summen.",
        "Folketal manglar for {names}; dei er ikkje med i summen.",
    ),
    "cmd.rule": ("Regel: {rule}", "Regel: {rule}"),
    "cmd.compliance.head": ("Møter {year} per {date} (bare avholdte møter teller):", "Møte {year} per {date} (berre haldne møte tel):"),
    "cmd.compliance.row": (
        "{held} av minst {required} ({planned} planlagt, {cancelled} avlyst): {state}",
        "{held} av minst {required} ({planned} planlagde, {cancelled} avlyste): {state}",
    ),
    "cmd.board.head": ("Samarbeidsstyret per {date}:", "Samarbeidsstyret per {date}:"),
    "cmd.board.seat": ("{person} ({municipality}, {role}, til {end})", "{person} ({municipality}, {role}, til {end})"),
    "cmd.vacant": ("LEDIG", "LEDIG"),
    "cmd.network.head": ("Samhandlingsnettverket per {date}:", "Samhandlingsnettverket per {date}:"),
    "cmd.history.undone": (" (angret)", " (angra)"),
    "cmd.undo.nothing": ("Det er ingen import å angre.", "Det er ingen import å angre."),
    "cmd.undo.done": (
        "Angret import {id} ({file}, {kind}): {rows} rader tilbakestilt.",
        "Angra import {id} ({file}, {kind}): {rows} rader tilbakestilte.",
    ),
    "cmd.init.ready": (
        "Databasen {path} er klar (skjemaversjon {version}); {count} import(er) med endringer.",
        "Databasen {path} er klar (skjemaversjon {version}); {count} import(ar) med endringar.",
    ),
    "cmd.export.wrote": ("Skrev {count} rader til {out}.", "Skreiv {count} rader til {out}."),
    "cmd.import.no_file": ("Finner ikke filen {path}.", "Finn ikkje fila {path}."),
}

# an import's one-line summary (ImportPlan.summary; stored with the import in bokmål)
TEXTS |= {
    "import.summary.counts": ("{added} nye, {changed} endret, {unchanged} uendret", "{added} nye, {changed} endra, {unchanged} uendra"),
    "import.summary.removed": ("{count} fjernet", "{count} fjerna"),
    "import.summary.skipped": ("{count} hoppet over ({reason})", "{count} hoppa over ({reason})"),
    "import.summary.created": ("ny i «{kind}»: {names}", "ny i «{kind}»: {names}"),
    "import.summary.ignored": ("ukjente kolonner ignorert: {columns}", "ukjende kolonnar ignorerte: {columns}"),
    "import.summary.no_changes": (" — ingen endringer", " — ingen endringar"),
    "import.skipped.fotnoter under tabellen": ("fotnoter under tabellen", "fotnotar under tabellen"),
    "import.skipped.like rader som stod to ganger": ("like rader som stod to ganger", "like rader som stod to gonger"),
    "import.skipped.regioner som ikke er medlemmer (landet, fylker, andre kommuner)": (
        "regioner som ikke er medlemmer (landet, fylker, andre kommuner)",
        "regionar som ikkje er medlemmer (landet, fylke, andre kommunar)",
    ),
    "import.skipped.tall SSB ikke har (.., . eller :)": ("tall SSB ikke har (.., . eller :)", "tal SSB ikkje har (.., . eller :)"),
}

# the action plan and the budget
TEXTS |= {
    "cmd.actionplan.head": ("Handlingsplan {year} per {date}:", "Handlingsplan {year} per {date}:"),
    "cmd.actionplan.overdue_count": ("{count} forfalt", "{count} forfalne"),
    "cmd.actionplan.overdue": ("FORFALT", "FORFALLE"),
    "cmd.budget.head": ("Budsjett {year} (budsjett / regnskap så langt):", "Budsjett {year} (budsjett / rekneskap så langt):"),
}

# the calendar
TEXTS |= {
    "cmd.calendar.not_ics": ("--out må slutte på .ics, ikke «{name}».", "--out må slutte på .ics, ikkje «{name}»."),
    "cmd.no_folder": ("Mappen {folder} finnes ikke.", "Mappa {folder} finst ikkje."),
    "cmd.not_written": ("Kunne ikke skrive {path}: {reason}.", "Kunne ikkje skrive {path}: {reason}."),
}

# a word typed on the command line that is not what the option wants
TEXTS |= {
    "cmd.not_a_date": (
        "«{text}» er ikke en dato (bruk ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)",
        "«{text}» er ikkje ein dato (bruk ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)",
    ),
    "cmd.not_a_year": ("«{text}» er ikke et årstall (skriv for eksempel 2025)", "«{text}» er ikkje eit årstal (skriv til dømes 2025)"),
    "cmd.export.suffix": ("--out må slutte på .csv eller .xlsx, ikke «{name}».", "--out må slutte på .csv eller .xlsx, ikkje «{name}»."),
}
