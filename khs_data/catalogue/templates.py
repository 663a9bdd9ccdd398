"""The Excel templates the coordinator downloads: the page's words about them, what each column
means (their «Forklaring» sheet), and the input help and checks inside them."""

# What each column means, for the «Forklaring» sheet of the templates.
_FIELDS = {
    "municipalities.number": (
        "Kommunenummer med fire sifre, slik det gjelder fra 1.1.2024 (for eksempel 3201).",
        "Kommunenummer med fire siffer, slik det gjeld frå 1.1.2024 (til dømes 3201).",
    ),
    "municipalities.name": ("Kommunens navn.", "Namnet på kommunen."),
    "municipalities.board_region": (
        "Styreregionen kommunen hører til. Hver styreregion har én plass i Samarbeidsstyret.",
        "Styreregionen kommunen høyrer til. Kvar styreregion har éin plass i Samarbeidsstyret.",
    ),
    "municipalities.lsu_area": (
        "LSU-området (nettverksområdet) kommunen hører til i Samhandlingsnettverket.",
        "LSU-området (nettverksområdet) kommunen høyrer til i Samhandlingsnettverket.",
    ),
    "municipalities.member_since": ("Datoen kommunen ble medlem av KHS.", "Datoen kommunen vart medlem av KHS."),
    "municipalities.notice_date": (
        "Datoen kommunen sa opp medlemskapet. Tom hvis kommunen ikke har sagt opp. Kommunen går ut 1. juli året etter.",
        "Datoen kommunen sa opp medlemskapet. Tom om kommunen ikkje har sagt opp. Kommunen går ut 1. juli året etter.",
    ),
    "population.municipality": (
        "Kommunen, med nummer eller navn (3201, «3201 Bærum» eller «Bærum»).",
        "Kommunen, med nummer eller namn (3201, «3201 Bærum» eller «Bærum»).",
    ),
    "population.date": (
        "Året folketallet gjelder. Folketallet er per 1. januar det året (som i SSB-tabell 07459).",
        "Året folketalet gjeld. Folketalet er per 1. januar det året (som i SSB-tabell 07459).",
    ),
    "population.count": ("Antall innbyggere per 1. januar.", "Talet på innbyggjarar per 1. januar."),
    "meetings.date": ("Datoen for møtet.", "Datoen for møtet."),
    "meetings.body": ("Hvilket organ som møtes. Velg fra listen.", "Kva organ som møtest. Vel frå lista."),
    "meetings.title": ("Møtets navn, for eksempel «Styremøte 1/2026».", "Namnet på møtet, til dømes «Styremøte 1/2026»."),
    "meetings.status": (
        "avholdt, planlagt eller avlyst. Tom: avholdt når datoen er passert, planlagt til da (regnet fra datoen tallene gjelder). "
        "«avholdt» kan ikke stå på et møte som ikke har vært ennå. Bare avholdte møter teller mot minstekravet.",
        "avholdt, planlagt eller avlyst. Tom: avholdt når datoen er passert, planlagt til då (rekna frå datoen tala gjeld). "
        "«avholdt» kan ikkje stå på eit møte som ikkje har vore enno. Berre avhaldne møte tel mot minstekravet.",
    ),
    "meetings.place": ("Hvor møtet holdes.", "Kvar møtet blir halde."),
    "meetings.note": ("Fritt felt for merknader.", "Fritt felt for merknader."),
    "board.person": ("Representantens fulle navn.", "Det fulle namnet til representanten."),
    "board.municipality": ("Kommunen representanten kommer fra.", "Kommunen representanten kjem frå."),
    "board.role": ("leder, nestleder eller medlem. Tom betyr medlem.", "leiar, nestleiar eller medlem. Tom tyder medlem."),
    "board.term_start": ("Første dag i perioden.", "Første dag i perioden."),
    "board.term_end": (
        "Siste dag i perioden. Tom: regnes ut fra virketiden i reglene (2 eller 4 år).",
        "Siste dag i perioden. Tom: blir rekna ut frå funksjonstida i reglane (2 eller 4 år).",
    ),
    "network.area": ("LSU-området plassen gjelder. Velg fra listen.", "LSU-området plassen gjeld. Vel frå lista."),
    "network.person": (
        "Representantens navn. Tom eller «Navn oppdateres» betyr at plassen er ledig.",
        "Namnet til representanten. Tom eller «Navn oppdateres» tyder at plassen er ledig.",
    ),
    "network.municipality": ("Kommunen representanten kommer fra.", "Kommunen representanten kjem frå."),
    "network.from_date": ("Første dag representanten har plassen.", "Første dag representanten har plassen."),
    "network.to_date": (
        "Siste dag representanten har plassen. Tom: fortsatt i vervet.",
        "Siste dag representanten har plassen. Tom: framleis i vervet.",
    ),
    "projects.name": (
        "Prosjektets navn. Samme navn igjen oppdaterer prosjektet.",
        "Namnet på prosjektet. Same namn igjen oppdaterer prosjektet.",
    ),
    "projects.description": ("Kort om hva prosjektet skal oppnå.", "Kort om kva prosjektet skal oppnå."),
    "projects.initiated_by": (
        "Hvem som tok initiativet: Samarbeidsstyret eller OSU.",
        "Kven som tok initiativet: Samarbeidsstyret eller OSU.",
    ),
    "projects.lead_municipality": ("Kommunen som leder prosjektet.", "Kommunen som leier prosjektet."),
    "projects.start_date": ("Når prosjektet starter.", "Når prosjektet startar."),
    "projects.end_date": ("Når prosjektet slutter.", "Når prosjektet sluttar."),
    "projects.status": ("planlagt, pågår, avsluttet eller avbrutt.", "planlagt, pågår, avsluttet eller avbrutt."),
    "projects.budget_nok": ("Budsjett i hele kroner.", "Budsjett i heile kroner."),
    "projects.funding_applied_nok": ("Ekstern finansiering det er søkt om, i kroner.", "Ekstern finansiering det er søkt om, i kroner."),
    "projects.funding_granted_nok": ("Ekstern finansiering som er innvilget, i kroner.", "Ekstern finansiering som er innvilga, i kroner."),
    "projects.funding_source": (
        "Hvem finansieringen er søkt fra, for eksempel Helsedirektoratet.",
        "Kven finansieringa er søkt frå, til dømes Helsedirektoratet.",
    ),
    "payments.municipality": ("Kommunen som har betalt.", "Kommunen som har betalt."),
    "payments.year": ("Kontingentåret innbetalingen gjelder.", "Kontingentåret innbetalinga gjeld."),
    "payments.paid_date": ("Datoen pengene kom inn.", "Datoen pengane kom inn."),
    "payments.amount_nok": ("Innbetalt beløp i hele kroner.", "Innbetalt beløp i heile kroner."),
}

TEXTS = {
    **{f"coord.field.{name}": text for name, text in _FIELDS.items()},
    # -- templates -----------------------------------------------------------------------------------
    "coord.template.intro": (
        "Last ned en mal, fyll den inn i Excel og last den opp under «Last opp». Malen har riktige overskrifter, "
        "en eksempelrad, nedtrekkslister og et ark «Forklaring» som forklarer hver kolonne.",
        "Last ned ein mal, fyll han ut i Excel og last han opp under «Last opp». Malen har rette overskrifter, "
        "ei eksempelrad, nedtrekkslister og eit ark «Forklaring» som forklarer kvar kolonne.",
    ),
    "coord.template.download": ("Last ned malen for {kind}", "Last ned malen for {kind}"),
    "coord.template.about.municipalities": (
        "Medlemskommunene: styreregion, LSU-område, medlem fra og oppsigelse.",
        "Medlemskommunane: styreregion, LSU-område, medlem frå og oppseiing.",
    ),
    "coord.template.about.population": (
        "Folketall per 1. januar for hver kommune. Grunnlaget for kontingenten.",
        "Folketal per 1. januar for kvar kommune. Grunnlaget for kontingenten.",
    ),
    "coord.template.about.meetings": (
        "Møter i Samarbeidsstyret og de andre organene: dato, organ og status.",
        "Møte i Samarbeidsstyret og dei andre organa: dato, organ og status.",
    ),
    "coord.template.about.board": (
        "Hvem som sitter i Samarbeidsstyret, med rolle og periode.",
        "Kven som sit i Samarbeidsstyret, med rolle og periode.",
    ),
    "coord.template.about.network": (
        "Hvem som har plassene i Samhandlingsnettverket, per LSU-område.",
        "Kven som har plassane i Samhandlingsnettverket, per LSU-område.",
    ),
    "coord.template.about.projects": (
        "Prosjektene: status, budsjett og ekstern finansiering.",
        "Prosjekta: status, budsjett og ekstern finansiering.",
    ),
    "coord.template.about.payments": ("Innbetalt kontingent per kommune og år.", "Innbetalt kontingent per kommune og år."),
    "coord.template.sheet": ("Forklaring", "Forklaring"),
    "coord.template.title": ("Mal for {kind}", "Mal for {kind}"),
    "coord.template.line_fill": (
        "Fyll inn én rad per linje under overskriftene på arket «{sheet}». Rad 2 er et eksempel: skriv over den eller slett den.",
        "Fyll ut éi rad per linje under overskriftene på arket «{sheet}». Rad 2 er eit døme: skriv over ho eller slett ho.",
    ),
    "coord.template.line_dates": (
        "Datoer skrives dd.mm.åååå (for eksempel 15.01.2026). Tall kan skrives med eller uten mellomrom (130 921).",
        "Datoar blir skrivne dd.mm.åååå (til dømes 15.01.2026). Tal kan skrivast med eller utan mellomrom (130 921).",
    ),
    "coord.template.line_required": (
        "Kolonner med mørk blå overskrift må fylles ut. Kolonnene kan stå i hvilken som helst rekkefølge, "
        "og kolonner dashbordet ikke kjenner, blir bare hoppet over.",
        "Kolonnar med mørk blå overskrift må fyllast ut. Kolonnane kan stå i kva rekkjefølgje som helst, "
        "og kolonnar dashbordet ikkje kjenner, blir berre hoppa over.",
    ),
    "coord.template.line_keys": (
        "En rad med samme {keys} som en rad i dashbordet, erstatter den. Andre rader legges til.",
        "Ei rad med same {keys} som ei rad i dashbordet, erstattar ho. Andre rader blir lagde til.",
    ),
    "coord.template.line_upload": (
        "Last opp filen på siden Koordinator. Du ser feil og endringer før noe lagres, og du kan angre importen etterpå.",
        "Last opp fila på sida Koordinator. Du ser feil og endringar før noko blir lagra, og du kan angre importen etterpå.",
    ),
    "coord.template.and": (" og ", " og "),
    "coord.template.col_column": ("Kolonne", "Kolonne"),
    "coord.template.col_required": ("Må fylles ut", "Må fyllast ut"),
    "coord.template.col_meaning": ("Hva skal stå her", "Kva skal stå her"),
    "coord.template.col_example": ("Eksempel", "Døme"),
    "coord.template.col_values": ("Gyldige verdier", "Gyldige verdiar"),
    "coord.template.values_municipality": (
        "En av KHS' medlemskommuner: nummer, navn eller «3201 Bærum» (velg fra listen).",
        "Ein av medlemskommunane i KHS: nummer, namn eller «3201 Bærum» (vel frå lista).",
    ),
    "coord.template.values_text": ("Fritekst.", "Fritekst."),
    "coord.template.values_register_number": (
        "Kommunenummeret, gammelt (30xx) eller nytt, også «K-3201» eller «3201 Bærum»; et nytt firesifret nummer er en ny kommune.",
        "Kommunenummeret, gammalt (30xx) eller nytt, også «K-3201» eller «3201 Bærum»; eit nytt firesifra nummer er ein ny kommune.",
    ),
    "coord.template.values_integer": ("Et helt tall, 0 eller mer.", "Eit heilt tal, 0 eller meir."),
    "coord.template.values_money": ("Hele kroner, uten «kr».", "Heile kroner, utan «kr»."),
    "coord.template.values_date": ("En dato: dd.mm.åååå.", "Ein dato: dd.mm.åååå."),
    "coord.template.values_year": ("Et årstall, for eksempel 2026.", "Eit årstal, til dømes 2026."),
    "coord.template.values_date_or_year": ("Et årstall (2025) eller datoen 01.01.åååå.", "Eit årstal (2025) eller datoen 01.01.åååå."),
    "coord.template.pick": ("Velg fra listen.", "Vel frå lista."),
    "coord.template.date": ("Skriv en dato: dd.mm.åååå.", "Skriv ein dato: dd.mm.åååå."),
    "coord.template.invalid_title": ("Ugyldig verdi", "Ugyldig verdi"),
    "coord.template.invalid": ("Verdien passer ikke. Se arket «Forklaring».", "Verdien passar ikkje. Sjå arket «Forklaring»."),
}
