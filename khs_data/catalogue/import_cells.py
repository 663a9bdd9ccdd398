"""What is wrong in a cell, a row or the headers of an uploaded table (khs_data.parsing, validation,
detection, file_rules, validation_plan), and where: said to whoever imports the file.

A cell's reason reads after «verdien «…»:», so it starts in lower case: «er ikke et tall»."""

# A choice column's «what» (khs_data.kinds: Field.what), keyed by the bokmål words the kind gives.
_WHAT = {
    "et kjent organ": "eit kjent organ",
    "en kjent møtestatus": "ein kjend møtestatus",
    "en kjent rolle": "ei kjend rolle",
    "en kjent initiativtaker": "ein kjend initiativtakar",
    "en kjent prosjektstatus": "ein kjend prosjektstatus",
    "avtale eller endring": "avtale eller endring",
    "ja eller nei": "ja eller nei",
    "en kjent status for tiltak": "ein kjend status for tiltak",
    "inntekt eller utgift": "inntekt eller utgift",
}

TEXTS = {
    **{f"import.what.{bokmal}": (bokmal, nynorsk) for bokmal, nynorsk in _WHAT.items()},
    # where (Problem.describe)
    "import.where.sheet": ("ark «{sheet}»", "ark «{sheet}»"),
    "import.where.row": ("rad {row}", "rad {row}"),
    "import.where.column": ("kolonne «{column}»", "kolonne «{column}»"),
    "import.where.value": ("verdien «{value}»: ", "verdien «{value}»: "),
    # one cell (parsing)
    "import.cell.number_too_big": ("er et urimelig stort tall (høyst 15 sifre)", "er eit urimeleg stort tal (høgst 15 siffer)"),
    "import.cell.amount_too_big": ("er et urimelig stort beløp (høyst 15 sifre)", "er eit urimeleg stort beløp (høgst 15 siffer)"),
    "import.cell.not_number": ("er ikke et tall", "er ikkje eit tal"),
    "import.cell.not_whole": ("må være et helt tall", "må vere eit heilt tal"),
    "import.cell.not_money": ("er ikke et beløp i kroner", "er ikkje eit beløp i kroner"),
    "import.cell.no_such_day": ("er ikke en gyldig dato (den dagen finnes ikke)", "er ikkje ein gyldig dato (den dagen finst ikkje)"),
    "import.cell.not_date": (
        "er ikke en dato (skriv dd.mm.åååå, for eksempel 15.01.2026)",
        "er ikkje ein dato (skriv dd.mm.åååå, til dømes 15.01.2026)",
    ),
    "import.cell.not_year": ("er ikke et årstall", "er ikkje eit årstal"),
    "import.cell.year_range": ("er ikke et årstall mellom 1900 og 2100", "er ikkje eit årstal mellom 1900 og 2100"),
    "import.cell.not_time": (
        "er ikke et klokkeslett (skriv tt:mm, for eksempel 10:00)",
        "er ikkje eit klokkeslett (skriv tt:mm, til dømes 10:00)",
    ),
    "import.cell.not_choice": ("er ikke {what} (gyldige verdier: {allowed})", "er ikkje {what} (gyldige verdiar: {allowed})"),
    "import.cell.not_member": ("er ikke en av KHS' medlemskommuner", "er ikkje ein av medlemskommunane i KHS"),
    "import.cell.not_register_number": (
        "er ikke et firesifret kommunenummer eller en av KHS' medlemskommuner",
        "er ikkje eit firesifra kommunenummer eller ein av medlemskommunane i KHS",
    ),
    "import.cell.not_area": ("er ikke et kjent LSU-område (gyldige: {areas})", "er ikkje eit kjent LSU-område (gyldige: {areas})"),
    "import.cell.no_projects": (
        "er ikke et prosjekt i prosjektlisten: ingen prosjekter er registrert ennå (last opp prosjektene først)",
        "er ikkje eit prosjekt i prosjektlista: ingen prosjekt er registrerte enno (last opp prosjekta først)",
    ),
    "import.cell.not_project": (
        "er ikke et prosjekt i prosjektlisten (kjente prosjekter: {names})",
        "er ikkje eit prosjekt i prosjektlista (kjende prosjekt: {names})",
    ),
    "import.cell.more_names": (" og {count} til", " og {count} til"),
    "import.cell.missing": ("mangler verdi", "manglar verdi"),
    # rows and tables (validation, file_rules, validation_plan)
    "import.row.negative": ("kan ikke være negativt", "kan ikkje vere negativt"),
    "import.row.ends_before_start": ("slutter før den starter ({start})", "sluttar før han startar ({start})"),
    "import.row.duplicate": (
        "står også i rad {row} ({keys}), men med andre verdier",
        "står også i rad {row} ({keys}), men med andre verdiar",
    ),
    "import.row.decision_in_future": (
        "ligger etter i dag ({today}): et vedtak kan ikke være gjort ennå",
        "ligg etter i dag ({today}): eit vedtak kan ikkje vere gjort enno",
    ),
    "import.row.held_in_future": (
        "møtet {date} er etter i dag ({today}) og kan ikke være avholdt ennå; skriv «planlagt» eller la Status stå tom",
        "møtet {date} er etter i dag ({today}) og kan ikkje vere halde enno; skriv «planlagt» eller la Status stå tom",
    ),
    "import.row.notice_before_joining": (
        "oppsigelsen er før kommunen ble medlem ({date})",
        "oppseiinga er før kommunen vart medlem ({date})",
    ),
    "import.row.dues_is_income": (
        "medlemskontingenten er en inntekt (Type «inntekt»); beløpet regnes dessuten ut fra satsen og folketallet",
        "medlemskontingenten er ei inntekt (Type «inntekt»); beløpet blir dessutan rekna ut frå satsen og folketalet",
    ),
    "import.table.empty": ("Filen har ingen rader med data under overskriftene.", "Fila har ingen rader med data under overskriftene."),
    "import.table.rule_needed": (
        "Regelen «{rule}» kan ikke fjernes helt: tallene trenger den. Endre verdien eller gyldigheten i stedet.",
        "Regelen «{rule}» kan ikkje fjernast heilt: tala treng han. Endre verdien eller gyldigheita i staden.",
    ),
    "import.table.unknown_kind": ("Ukjent filtype «{kind}». Gyldige: {kinds}.", "Ukjend filtype «{kind}». Gyldige: {kinds}."),
    # headers (detection)
    "import.head.several_kinds": (
        "Overskriftene passer til flere filtyper ({labels}), og ingen kolonne skiller dem. Velg filtype for filen.",
        "Overskriftene passar til fleire filtypar ({labels}), og ingen kolonne skil dei. Vel filtype for fila.",
    ),
    "import.head.not_distinct": (
        "Overskriftene har kolonnene som {labels} trenger, men ingen kolonne som bare hører til den filtypen. "
        "Velg filtype for filen, så den ikke leses som feil slags data.",
        "Overskriftene har kolonnane som {labels} treng, men ingen kolonne som berre høyrer til den filtypen. "
        "Vel filtype for fila, så ho ikkje blir lesen som feil slags data.",
    ),
    "import.head.none": (
        "Fant ingen overskriftsrad jeg kjenner igjen. Se malene for hvilke kolonner hver filtype trenger, eller velg filtype selv.",
        "Fann inga overskriftsrad eg kjenner att. Sjå malane for kva kolonnar kvar filtype treng, eller vel filtype sjølv.",
    ),
    "import.head.missing": ("Mangler kolonnen {columns} for filtypen «{kind}».", "Manglar kolonnen {columns} for filtypen «{kind}»."),
}

# the rule table (khs_data.rules, rule_periods)
TEXTS |= {
    "import.rule.unknown": (
        "er ikke en regel dashbordet kjenner (gyldige: {keys})",
        "er ikkje ein regel dashbordet kjenner (gyldige: {keys})",
    ),
    "import.rule.whole": ("må være et helt tall (for eksempel 3)", "må vere eit heilt tal (til dømes 3)"),
    "import.rule.yes_no": ("må være 1 (ja) eller 0 (nei)", "må vere 1 (ja) eller 0 (nei)"),
    "import.rule.day_month": ("må være dag og måned, for eksempel 15.01", "må vere dag og månad, til dømes 15.01"),
    "import.rule.overlap": (
        "gjelder samtidig som regelen fra {start} (gyldig {period}): sett «Gyldig til» på den eldste, "
        "eller la den stå åpen, så avsluttes den dagen før den nye",
        "gjeld samtidig som regelen frå {start} (gyldig {period}): set «Gyldig til» på den eldste, "
        "eller la han stå open, så blir han avslutta dagen før den nye",
    ),
    "import.rule.closed": (
        "Regelen «{rule}»{body} fra {start} avsluttes {closed}, fordi den nye gjelder fra {next}.",
        "Regelen «{rule}»{body} frå {start} blir avslutta {closed}, fordi den nye gjeld frå {next}.",
    ),
    "import.rule.for_body": (" for {body}", " for {body}"),
}
