"""Årshjul: the year's events, on the page, in the calendar file and in `calendar --json`."""

TEXTS = {
    "page.arshjul": ("Årshjul", "Årshjul"),
    # -- kinds and statuses (the codes are the contract's words) -------------------------------
    "yearwheel.kind.kontingentfrist": ("Kontingentfrist", "Kontingentfrist"),
    "yearwheel.kind.møte": ("Møte", "Møte"),
    "yearwheel.kind.periodeslutt": ("Periodeslutt", "Periodeslutt"),
    "yearwheel.kind.oppsigelsesfrist": ("Oppsigelsesfrist", "Oppseiingsfrist"),
    "yearwheel.kind.folketallsdato": ("Folketallsdato", "Folketalsdato"),
    "yearwheel.kind.mangler_møte": ("Mangler møte", "Manglar møte"),
    "yearwheel.kind.tiltaksfrist": ("Tiltaksfrist", "Tiltaksfrist"),
    "yearwheel.status.avholdt": ("avholdt", "halde"),
    "yearwheel.status.planlagt": ("planlagt", "planlagt"),
    "yearwheel.status.avlyst": ("avlyst", "avlyst"),
    "yearwheel.status.mangler": ("mangler dato", "manglar dato"),
    "yearwheel.status.passert": ("passert", "passert"),
    "yearwheel.status.kommende": ("kommende", "kommande"),
    "yearwheel.status.fullført": ("fullført", "fullført"),
    "yearwheel.status.forfalt": ("forfalt", "forfalle"),
    # -- titles and descriptions -----------------------------------------------------------------
    "yearwheel.dues.title": ("Kontingenten for {year} forfaller", "Kontingenten for {year} forfell"),
    "yearwheel.dues.body": (
        "kr {rate} per innbygger × folketall per {population_date}: {total} fra {billed} kommuner. {paid} av {billed} har betalt.",
        "kr {rate} per innbyggjar × folketal per {population_date}: {total} frå {billed} kommunar. {paid} av {billed} har betalt.",
    ),
    "yearwheel.dues.body_no_figures": (
        "kr {rate} per innbygger × folketall per {population_date}, men folketallet for den datoen mangler.",
        "kr {rate} per innbyggjar × folketal per {population_date}, men folketalet for den datoen manglar.",
    ),
    "yearwheel.population.title": ("Folketall per {date}", "Folketal per {date}"),
    "yearwheel.population.body": (
        "Folketallet per 1. januar (SSB-tabell 07459) er grunnlaget for kontingenten for {dues_year}.",
        "Folketalet per 1. januar (SSB-tabell 07459) er grunnlaget for kontingenten for {dues_year}.",
    ),
    "yearwheel.notice.title": ("Siste dag for oppsigelse med uttreden {leaving}", "Siste dag for oppseiing med uttreding {leaving}"),
    "yearwheel.notice.body": (
        "En kommune som varsler oppsigelse skriftlig til Samarbeidsstyret innen {date}, går ut {leaving} "
        "({months} måneder regnet fra 1. januar året etter).",
        "Ein kommune som varslar oppseiing skriftleg til Samarbeidsstyret innan {date}, går ut {leaving} "
        "({months} månader rekna frå 1. januar året etter).",
    ),
    "yearwheel.notice.given": ("Varslet i {year}: {items}.", "Varsla i {year}: {items}."),
    "yearwheel.notice.item": ("{municipality} ({date}, går ut {leaving})", "{municipality} ({date}, går ut {leaving})"),
    "yearwheel.meeting.body": ("{body}, {status}.", "{body}, {status}."),
    "yearwheel.meeting.time": ("Kl. {start}.", "Kl. {start}."),
    "yearwheel.meeting.time_span": ("Kl. {start}–{end}.", "Kl. {start}–{end}."),
    "yearwheel.meeting.place": ("Sted: {place}.", "Stad: {place}."),
    "yearwheel.meeting.note": ("Merknad: {note}", "Merknad: {note}"),
    "yearwheel.missing.title_board_one": ("1 styremøte mangler dato", "1 styremøte manglar dato"),
    "yearwheel.missing.title_board_many": ("{count} styremøter mangler dato", "{count} styremøte manglar dato"),
    "yearwheel.missing.title_one": ("{body}: 1 møte mangler dato", "{body}: 1 møte manglar dato"),
    "yearwheel.missing.title_many": ("{body}: {count} møter mangler dato", "{body}: {count} møte manglar dato"),
    "yearwheel.missing.title_over_one": ("{body}: 1 møte færre enn kravet i {year}", "{body}: 1 møte færre enn kravet i {year}"),
    "yearwheel.missing.title_over_many": (
        "{body}: {count} møter færre enn kravet i {year}",
        "{body}: {count} møte færre enn kravet i {year}",
    ),
    "yearwheel.missing.body_one": (
        "Avtalen krever minst ett møte i {year}; {dated} har dato (avholdt eller planlagt). Frist: {date}.",
        "Avtalen krev minst eitt møte i {year}; {dated} har dato (halde eller planlagt). Frist: {date}.",
    ),
    "yearwheel.missing.body_many": (
        "Avtalen krever minst {required} møter i {year}; {dated} har dato (avholdt eller planlagt). Frist: {date}.",
        "Avtalen krev minst {required} møte i {year}; {dated} har dato (halde eller planlagde). Frist: {date}.",
    ),
    "yearwheel.measure.title": ("Frist for tiltaket «{measure}»", "Frist for tiltaket «{measure}»"),
    "yearwheel.measure.body": (
        "Handlingsplanen {plan_year}, fokusområde {focus_area}. Status: {status}.",
        "Handlingsplanen {plan_year}, fokusområde {focus_area}. Status: {status}.",
    ),
    "yearwheel.measure.owner": ("Ansvarlig: {owner}.", "Ansvarleg: {owner}."),
    "yearwheel.measure.project": ("Prosjekt: {project}.", "Prosjekt: {project}."),
    "yearwheel.term.title": ("Styreperioden til {person} ({municipality}) slutter", "Styreperioden til {person} ({municipality}) sluttar"),
    "yearwheel.term.body": ("Samarbeidsstyret, {region}, {role}.", "Samarbeidsstyret, {region}, {role}."),
    "yearwheel.term.successor": ("Etterfølger: {person} ({municipality}).", "Etterfølgjar: {person} ({municipality})."),
    "yearwheel.term.reelected": ("Gjenvalgt for en ny periode.", "Attvald for ein ny periode."),
    "yearwheel.term.no_successor": ("Ingen etterfølger er registrert ennå.", "Ingen etterfølgjar er registrert enno."),
    "yearwheel.term.computed": (
        "Sluttdatoen er regnet ut fra virketiden i reglene.",
        "Sluttdatoen er rekna ut frå funksjonstida i reglane.",
    ),
    "yearwheel.seat.title": (
        "Plassen til {person} i Samhandlingsnettverket slutter",
        "Plassen til {person} i Samhandlingsnettverket sluttar",
    ),
    "yearwheel.seat.body": ("LSU-område {area}{municipality}.", "LSU-område {area}{municipality}."),
    "yearwheel.membership.title": ("{municipality} går ut av KHS", "{municipality} går ut av KHS"),
    "yearwheel.membership.body": (
        "Oppsigelsen ble varslet {date}. Fra denne dagen er kommunen ikke lenger medlem.",
        "Oppseiinga vart varsla {date}. Frå denne dagen er kommunen ikkje lenger medlem.",
    ),
    "yearwheel.agreement.title": ("Avtaleperioden for {name} slutter", "Avtaleperioden for {name} sluttar"),
    "yearwheel.agreement.until_replaced": (
        "Avtalen gjelder videre inntil ny avtale foreligger.",
        "Avtalen gjeld vidare inntil ny avtale ligg føre.",
    ),
    "yearwheel.agreement.ends": ("Avtalen gjelder ikke etter denne perioden.", "Avtalen gjeld ikkje etter denne perioden."),
    # -- the calendar file -------------------------------------------------------------------------
    "yearwheel.ics.name": ("KHS årshjul {year}", "KHS årshjul {year}"),
    "yearwheel.ics.description": (
        "Frister, møter og perioder i Kommunehelsesamarbeidet {year}, fra KHS-dashbordet.",
        "Fristar, møte og periodar i Kommunehelsesamarbeidet {year}, frå KHS-dashbordet.",
    ),
    "yearwheel.ics.file": ("khs-arshjul-{year}.ics", "khs-arshjul-{year}.ics"),
    "yearwheel.download": ("Legg i kalender", "Legg i kalender"),
    "yearwheel.download_help": (
        "Last ned årets frister og møter som en kalenderfil (.ics) for Outlook, Google eller Apple. "
        "Lastes den inn på nytt, oppdateres de samme avtalene i stedet for å legges til to ganger.",
        "Last ned fristane og møta for året som ei kalenderfil (.ics) for Outlook, Google eller Apple. "
        "Blir ho lasta inn på nytt, blir dei same avtalane oppdaterte i staden for å bli lagde til to gonger.",
    ),
    # -- the page ----------------------------------------------------------------------------------
    "yearwheel.headline.next": (
        "{year} har {count} hendelser i årshjulet. Neste: {title} ({date}).",
        "{year} har {count} hendingar i årshjulet. Neste: {title} ({date}).",
    ),
    "yearwheel.headline.done": (
        "{year} hadde {count} hendelser i årshjulet: {meetings} møter, {deadlines} frister og datoer, {periods} periodeslutt.",
        "{year} hadde {count} hendingar i årshjulet: {meetings} møte, {deadlines} fristar og datoar, {periods} periodeslutt.",
    ),
    "yearwheel.headline.next_dated": (
        "{year} har {count} hendelser i årshjulet. Neste: {title}.",
        "{year} har {count} hendingar i årshjulet. Neste: {title}.",
    ),
    "yearwheel.headline.empty": (
        "Ingen hendelser i {year}: reglene gir ingen frister, og ingen møter er registrert.",
        "Ingen hendingar i {year}: reglane gir ingen fristar, og ingen møte er registrerte.",
    ),
    "yearwheel.chart.title": (
        "{year}: {meetings} møter, {deadlines} frister og datoer, {periods} periodeslutt",
        "{year}: {meetings} møte, {deadlines} fristar og datoar, {periods} periodeslutt",
    ),
    "yearwheel.chart.ring.meetings": ("Møter", "Møte"),
    "yearwheel.chart.ring.deadlines": ("Frister", "Fristar"),
    "yearwheel.chart.ring.periods": ("Perioder", "Periodar"),
    "yearwheel.chart.today": ("I dag", "I dag"),
    "yearwheel.chart.note": (
        "Hjulet går med klokken fra januar øverst. Ytterst møtene, i midten frister og datoer, innerst periodene som slutter. "
        "Hold musen over et punkt for detaljer, eller klikk på det.",
        "Hjulet går med klokka frå januar øvst. Ytst møta, i midten fristar og datoar, inst periodane som sluttar. "
        "Hald musa over eit punkt for detaljar, eller klikk på det.",
    ),
    "yearwheel.selected": ("Valgt hendelse", "Vald hending"),
    "yearwheel.table": ("Alle hendelser i {year}", "Alle hendingar i {year}"),
    "yearwheel.col.kind": ("Type", "Type"),
    "yearwheel.col.title": ("Hendelse", "Hending"),
    "yearwheel.col.body": ("Detaljer", "Detaljar"),
    "yearwheel.file.table": ("arshjul-{year}", "arshjul-{year}"),
    # -- the command line --------------------------------------------------------------------------
    "yearwheel.cli_help": ("årshjulet for et år: frister og møter, som tabell, JSON eller .ics", "årshjulet for eit år"),
    "yearwheel.cli_out_help": ("skriv kalenderfilen hit (.ics)", "skriv kalenderfila hit (.ics)"),
    "yearwheel.cli_written": ("Skrev {count} hendelser til {path}.", "Skreiv {count} hendingar til {path}."),
    "yearwheel.cli_heading": ("Årshjul {year} ({count} hendelser):", "Årshjul {year} ({count} hendingar):"),
}
