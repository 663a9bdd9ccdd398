"""The coordinator's page: sign-in, upload with preview, history and undo, templates, editing."""

_KINDS = {
    "municipalities": ("Kommuner", "Kommunar"),
    "population": ("Folketall", "Folketal"),
    "meetings": ("Møter", "Møte"),
    "board": ("Styreperioder", "Styreperiodar"),
    "network": ("Nettverksrepresentanter", "Nettverksrepresentantar"),
    "projects": ("Prosjekter", "Prosjekt"),
    "payments": ("Innbetalinger", "Innbetalingar"),
    "rules": ("Regler", "Reglar"),
}

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

# The agreement's rules by key, as the rules table on the page names them.
_RULES = {
    "dues_rate_nok": ("Kontingent per innbygger (kr)", "Kontingent per innbyggjar (kr)"),
    "due_date": ("Forfallsdag (dd.mm)", "Forfallsdag (dd.mm)"),
    "population_years_before": ("Folketall fra så mange år før kontingentåret", "Folketal frå så mange år før kontingentåret"),
    "board_size": ("Antall representanter i styret", "Talet på representantar i styret"),
    "min_small_members": ("Minst så mange styremedlemmer fra små kommuner", "Minst så mange styremedlemmer frå små kommunar"),
    "small_threshold": ("Liten kommune: færre innbyggere enn", "Liten kommune: færre innbyggjarar enn"),
    "term_length_years": ("Virketid i styret (år)", "Funksjonstid i styret (år)"),
    "min_meetings": ("Minste antall avholdte møter per år", "Minste tal på avhaldne møte per år"),
    "notice_months": ("Oppsigelsesfrist (måneder fra 1. januar året etter)", "Oppseiingsfrist (månader frå 1. januar året etter)"),
    "dues_in_leaving_year": (
        "Betaler kontingent i uttredelsesåret (1 = ja, 0 = nei)",
        "Betaler kontingent i uttredingsåret (1 = ja, 0 = nei)",
    ),
    "network_seats_per_area": ("Nettverksplasser per LSU-område", "Nettverksplassar per LSU-område"),
    "lsu_area_count": ("Antall LSU-områder", "Talet på LSU-område"),
}

TEXTS = {
    **{f"coord.kind.{name}": label for name, label in _KINDS.items()},
    **{f"coord.field.{name}": text for name, text in _FIELDS.items()},
    **{f"coord.rule.{key}": label for key, label in _RULES.items()},
    # -- signing in --------------------------------------------------------------------------------
    "coord.access.off": (
        "Opplasting er slått av: sett miljøvariabelen KHS_COORDINATOR_PASSWORD (eller [auth] og KHS_COORDINATOR_EMAILS "
        "i .streamlit/secrets.toml) og start dashbordet på nytt.",
        "Opplasting er slått av: set miljøvariabelen KHS_COORDINATOR_PASSWORD (eller [auth] og KHS_COORDINATOR_EMAILS "
        "i .streamlit/secrets.toml) og start dashbordet på nytt.",
    ),
    "coord.access.coordinator_password": ("Koordinatorpassord", "Koordinatorpassord"),
    "coord.access.viewer_intro": (
        "Dashbordet viser navn på personer og er derfor beskyttet med passord. Skriv inn passordet du har fått.",
        "Dashbordet viser namn på personar og er difor verna med passord. Skriv inn passordet du har fått.",
    ),
    "coord.access.viewer_password": ("Passord", "Passord"),
    "coord.access.sign_in": ("Logg inn", "Logg inn"),
    "coord.access.sign_in_oidc": ("Logg inn som koordinator", "Logg inn som koordinator"),
    "coord.access.sign_out": ("Logg ut", "Logg ut"),
    "coord.access.wrong_password": ("Feil passord. Prøv igjen.", "Feil passord. Prøv igjen."),
    "coord.access.wait.client": (
        "For mange feil forsøk. Vent {seconds} sekunder før du prøver igjen.",
        "For mange feil forsøk. Vent {seconds} sekund før du prøver igjen.",
    ),
    "coord.access.wait.overall": (
        "Det har kommet mange feil passord til dashbordet i det siste. Vent {seconds} sekunder før du prøver igjen.",
        "Det har kome mange feil passord til dashbordet i det siste. Vent {seconds} sekund før du prøver igjen.",
    ),
    "coord.access.ended.timed_out": (
        "Du ble logget ut fordi siden ikke var i bruk på {minutes} minutter. Logg inn igjen.",
        "Du vart logga ut fordi sida ikkje var i bruk på {minutes} minutt. Logg inn igjen.",
    ),
    "coord.access.ended.other_connection": (
        "Koordinatorrollen ble avsluttet fordi forbindelsen til nettleseren ble brutt eller økten ble brukt fra et annet sted. "
        "Logg inn igjen. Ingenting er lagret uten at du bekreftet det.",
        "Koordinatorrolla vart avslutta fordi sambandet til nettlesaren vart brote eller økta vart brukt frå ein annan stad. "
        "Logg inn igjen. Ingenting er lagra utan at du stadfesta det.",
    ),
    "coord.access.problem.short_coordinator_password": (
        "Dashbordet starter ikke: koordinatorpassordet (KHS_COORDINATOR_PASSWORD) er for kort. Det må ha minst {minimum} tegn, "
        "fordi koordinatorrollen kan endre alle tallene styret ser. Velg et lengre passord og start dashbordet på nytt.",
        "Dashbordet startar ikkje: koordinatorpassordet (KHS_COORDINATOR_PASSWORD) er for kort. Det må ha minst {minimum} teikn, "
        "fordi koordinatorrolla kan endre alle tala styret ser. Vel eit lengre passord og start dashbordet på nytt.",
    ),
    "coord.access.problem.bad_trusted_proxy": (
        "Dashbordet starter ikke: «{value}» i KHS_TRUSTED_PROXIES er ikke en IP-adresse eller et nett (som 10.0.0.5 eller "
        "10.0.0.0/24). Rett innstillingen og start dashbordet på nytt.",
        "Dashbordet startar ikkje: «{value}» i KHS_TRUSTED_PROXIES er ikkje ei IP-adresse eller eit nett (som 10.0.0.5 eller "
        "10.0.0.0/24). Rett innstillinga og start dashbordet på nytt.",
    ),
    "coord.access.not_listed": (
        "Du er logget inn som {email}, men den adressen står ikke på listen over koordinatorer (KHS_COORDINATOR_EMAILS).",
        "Du er logga inn som {email}, men den adressa står ikkje på lista over koordinatorar (KHS_COORDINATOR_EMAILS).",
    ),
    "coord.access.oidc_broken": ("Innloggingen er ikke satt opp riktig: {error}", "Innlogginga er ikkje sett opp rett: {error}"),
    "coord.access.needed": (
        "Du må være logget inn som koordinator for å lagre. Ingenting er lagret.",
        "Du må vere logga inn som koordinator for å lagre. Ingenting er lagra.",
    ),
    "coord.access.busy": (
        "En annen koordinator lagrer akkurat nå. Ingenting er lagret. Prøv igjen om litt.",
        "Ein annan koordinator lagrar akkurat no. Ingenting er lagra. Prøv igjen om litt.",
    ),
    "coord.signed_in": ("Logget inn som {who}.", "Logga inn som {who}."),
    # -- headline and tabs ---------------------------------------------------------------------------
    "coord.headline.signed_out": (
        "Her laster koordinatoren opp nye tall, retter feil og angrer importer. Logg inn som koordinator for å begynne.",
        "Her lastar koordinatoren opp nye tal, rettar feil og angrar importar. Logg inn som koordinator for å byrje.",
    ),
    "coord.headline.off": (
        "Her laster koordinatoren opp nye tall, retter feil og angrer importer.",
        "Her lastar koordinatoren opp nye tal, rettar feil og angrar importar.",
    ),
    "coord.headline.no_imports": ("Ingen data er importert ennå.", "Ingen data er importerte enno."),
    "coord.headline.latest": (
        "Siste import: {kind} {origin}, {when} — {added} nye og {changed} endrede rader.",
        "Siste import: {kind} {origin}, {when} — {added} nye og {changed} endra rader.",
    ),
    "coord.headline.latest_undone": (
        "Siste import: {kind} {origin}, {when}. Den er angret.",
        "Siste import: {kind} {origin}, {when}. Han er angra.",
    ),
    "coord.origin.file": ("fra {file}", "frå {file}"),
    "coord.origin.edited": ("rettet i appen", "retta i appen"),
    "coord.tab.upload": ("Last opp", "Last opp"),
    "coord.tab.history": ("Historikk og angre", "Historikk og angre"),
    "coord.tab.templates": ("Maler", "Malar"),
    "coord.tab.edit": ("Rett i tabellene", "Rett i tabellane"),
    "coord.tab.rules": ("Regler", "Reglar"),
    "coord.cancel": ("Avbryt", "Avbryt"),
    "coord.store_error": (
        "Databasen kunne ikke brukes akkurat nå, og ingenting er lagret: {error}",
        "Databasen kunne ikkje brukast akkurat no, og ingenting er lagra: {error}",
    ),
    "coord.stale": (
        "Dataene er endret siden du så forhåndsvisningen (kanskje av en annen koordinator). Ingenting er lagret. "
        "Se over den nye forhåndsvisningen og bekreft på nytt.",
        "Dataa er endra sidan du såg førehandsvisinga (kanskje av ein annan koordinator). Ingenting er lagra. "
        "Sjå over den nye førehandsvisinga og stadfest på nytt.",
    ),
    # -- upload --------------------------------------------------------------------------------------
    "coord.upload.intro": (
        "Last opp ett eller flere regneark (Excel eller CSV, eller folketall fra SSB). Du ser hva som ble gjenkjent, "
        "eventuelle feil og hva som vil endres. Ingenting lagres før du bekrefter.",
        "Last opp eitt eller fleire rekneark (Excel eller CSV, eller folketal frå SSB). Du ser kva som vart kjent att, "
        "eventuelle feil og kva som vil bli endra. Ingenting blir lagra før du stadfestar.",
    ),
    "coord.upload.label": ("Velg filer", "Vel filer"),
    "coord.upload.help": (
        "Filtypen gjenkjennes fra overskriftene. Bruk gjerne malene under «Maler». Største filstørrelse er {mb} MB.",
        "Filtypen blir kjend att frå overskriftene. Bruk gjerne malane under «Malar». Største filstorleik er {mb} MB.",
    ),
    "coord.upload.kind": ("Filtype", "Filtype"),
    "coord.upload.detect": ("Gjenkjenn automatisk", "Kjenn att automatisk"),
    "coord.upload.confirm": ("Lagre endringene ({count})", "Lagre endringane ({count})"),
    "coord.upload.nothing": (
        "Alt i filen finnes allerede i dashbordet. Det er ingenting å lagre.",
        "Alt i fila finst allereie i dashbordet. Det er ingenting å lagre.",
    ),
    "coord.recognised.kind": ("Gjenkjent som **{kind}**", "Kjend att som **{kind}**"),
    "coord.recognised.sheet": ("ark «{sheet}»", "ark «{sheet}»"),
    "coord.recognised.header_row": ("overskrifter i rad {row}", "overskrifter i rad {row}"),
    "coord.recognised.period": ("Periode: {period}", "Periode: {period}"),
    "coord.recognised.columns": ("Kolonner brukt: {columns}", "Kolonnar brukte: {columns}"),
    "coord.recognised.ignored": ("Kolonner som ikke brukes: {columns}", "Kolonnar som ikkje blir brukte: {columns}"),
    "coord.recognised.skipped": ("{count} rader hoppet over: {reason}", "{count} rader hoppa over: {reason}"),
    "coord.period.year": ("år {year}", "år {year}"),
    "coord.period.years": ("år {first}–{last}", "år {first}–{last}"),
    "coord.problems.head": ("Ingenting er lagret. Fant {count} feil i {file}:", "Ingenting er lagra. Fann {count} feil i {file}:"),
    "coord.problems.head_table": (
        "Ingenting er lagret ennå: {count} feil i tabellen. Rett dem i tabellen over, eller forkast endringene.",
        "Ingenting er lagra enno: {count} feil i tabellen. Rett dei i tabellen over, eller forkast endringane.",
    ),
    "coord.problems.fix": (
        "Rett feilene i filen, lagre den og last den opp på nytt (fjern den gamle med ×). Feilrapporten kan lastes ned over.",
        "Rett feila i fila, lagre ho og last ho opp på nytt (fjern den gamle med ×). Feilrapporten kan lastast ned over.",
    ),
    "coord.problems.sheet": ("Ark", "Ark"),
    "coord.problems.row": ("Rad i filen", "Rad i fila"),
    "coord.problems.table_row": ("Rad i tabellen", "Rad i tabellen"),
    "coord.problems.column": ("Kolonne", "Kolonne"),
    "coord.problems.value": ("Verdi", "Verdi"),
    "coord.problems.message": ("Hva er galt", "Kva er gale"),
    "coord.count.new": ("Nye", "Nye"),
    "coord.count.changed": ("Endret", "Endra"),
    "coord.count.unchanged": ("Uendret", "Uendra"),
    "coord.count.removed": ("Fjernes", "Blir fjerna"),
    "coord.count.skipped": ("Hoppet over", "Hoppa over"),
    "coord.diff.new": ("ny", "ny"),
    "coord.diff.changed": ("endret", "endra"),
    "coord.diff.removed": ("fjernes", "blir fjerna"),
    "coord.diff.what": ("Endring", "Endring"),
    "coord.diff.key": ("Gjelder", "Gjeld"),
    "coord.diff.values": ("Før → etter", "Før → etter"),
    "coord.result.saved": (
        "Lagret som import {id}. Alle sidene viser de nye tallene nå. Du kan angre under «Historikk og angre».",
        "Lagra som import {id}. Alle sidene viser dei nye tala no. Du kan angre under «Historikk og angre».",
    ),
    "coord.result.see": ("Se resultatet:", "Sjå resultatet:"),
    # -- history, undo, archive ---------------------------------------------------------------------
    "coord.history.empty": ("Ingen importer ennå.", "Ingen importar enno."),
    "coord.history.heading": ("Alle importer", "Alle importar"),
    "coord.history.id": ("Nr.", "Nr."),
    "coord.history.when": ("Tidspunkt", "Tidspunkt"),
    "coord.history.who": ("Hvem", "Kven"),
    "coord.history.kind": ("Filtype", "Filtype"),
    "coord.history.file": ("Fil", "Fil"),
    "coord.history.undone": ("Angret", "Angra"),
    "coord.undo.heading": ("Angre siste import", "Angre siste import"),
    "coord.undo.nothing": ("Det er ingen import å angre.", "Det er ingen import å angre."),
    "coord.undo.latest": (
        "Siste import er nr. {id}: {kind} {origin}, {when} av {who}.",
        "Siste import er nr. {id}: {kind} {origin}, {when} av {who}.",
    ),
    "coord.undo.ask": ("Angre import {id} …", "Angre import {id} …"),
    "coord.undo.confirm_text": (
        "Alle rader som import {id} ({kind} {origin}) la til, endret eller fjernet, settes tilbake til slik de var før. "
        "Importen blir stående i historikken som angret. Vil du angre?",
        "Alle rader som import {id} ({kind} {origin}) la til, endra eller fjerna, blir sette tilbake til slik dei var før. "
        "Importen blir ståande i historikken som angra. Vil du angre?",
    ),
    "coord.undo.confirm": ("Ja, angre import {id}", "Ja, angre import {id}"),
    "coord.undo.done": (
        "Import {id} ({file}) er angret, og alle sidene viser tallene fra før importen. Rader satt tilbake: {rows}.",
        "Import {id} ({file}) er angra, og alle sidene viser tala frå før importen. Rader sette tilbake: {rows}.",
    ),
    "coord.undo.stale": (
        "Listen over importer er endret i mellomtiden. Ingenting er angret. Se over listen og prøv igjen.",
        "Lista over importar er endra i mellomtida. Ingenting er angra. Sjå over lista og prøv igjen.",
    ),
    "coord.archive.heading": ("Originalfiler", "Originalfiler"),
    "coord.archive.pick": ("Import", "Import"),
    "coord.archive.option": ("Nr. {id}: {file}", "Nr. {id}: {file}"),
    "coord.archive.download": ("Last ned {file}", "Last ned {file}"),
    "coord.archive.missing": (
        "Originalfilen for denne importen finnes ikke lenger i arkivet.",
        "Originalfila for denne importen finst ikkje lenger i arkivet.",
    ),
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
    # -- editing -------------------------------------------------------------------------------------
    "coord.edit.intro": (
        "Små rettelser uten regneark: endre en celle, legg til en rad nederst, eller merk rader og slett dem. "
        "Endringene sjekkes som en opplastet fil, og du ser dem før du lagrer. De kommer i historikken og kan angres.",
        "Små rettingar utan rekneark: endre ei celle, legg til ei rad nedst, eller merk rader og slett dei. "
        "Endringane blir sjekka som ei opplasta fil, og du ser dei før du lagrar. Dei kjem i historikken og kan angrast.",
    ),
    "coord.edit.table": ("Tabell", "Tabell"),
    "coord.edit.no_changes": ("Ingen endringer ennå.", "Ingen endringar enno."),
    "coord.edit.save": ("Lagre endringene ({count})", "Lagre endringane ({count})"),
    "coord.edit.discard": ("Forkast endringene", "Forkast endringane"),
    "coord.edit.reloaded": (
        "Tabellen ble endret av en annen import mens du redigerte, og er lastet på nytt. Endringene dine er ikke lagret: gjør dem på nytt.",
        "Tabellen vart endra av ein annan import medan du redigerte, og er lasta på nytt. Endringane dine er ikkje lagra: "
        "gjer dei på nytt.",
    ),
    "coord.rules.intro": (
        "Reglene dashbordet regner etter, hver med gyldighetsperiode. For å endre en regel fra en dato: sett «Gyldig til» "
        "på den gamle raden og legg til en ny rad som gjelder fra datoen. Alle sidene regner med de nye reglene straks "
        "de er lagret.",
        "Reglane dashbordet reknar etter, kvar med gyldigheitsperiode. For å endre ein regel frå ein dato: set «Gyldig til» "
        "på den gamle rada og legg til ei ny rad som gjeld frå datoen. Alle sidene reknar med dei nye reglane med ein gong "
        "dei er lagra.",
    ),
    "coord.rules.all_bodies": ("(alle)", "(alle)"),
    "coord.rules.after": (
        "Organ brukes bare for minste antall møter. Kilde forteller hvor regelen kommer fra, og vises ved tallene.",
        "Organ blir berre brukt for minste tal på møte. Kjelde fortel kvar regelen kjem frå, og blir vist ved tala.",
    ),
}
