"""The coordinator's page: sign-in, upload with preview, history and undo, editing (the templates
are in catalogue.templates)."""

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
