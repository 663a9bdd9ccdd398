"""Årsmøte: the annual meeting pack (deck, workbook) and its page, in bokmål and nynorsk (the page
offers the pack in both; `khs report --lang nn` writes it in nynorsk)."""

TEXTS = {
    # -- the page -------------------------------------------------------------------------------
    "report.headline": (
        "Årsmøtepakken for {year} er klar: {slides} lysbilder og kontingentlisten, med tall per {date}.",
        "Årsmøtepakken for {year} er klar: {slides} lysbilete og kontingentlista, med tal per {date}.",
    ),
    "report.headline_empty": (
        "Det finnes ingen tall for {year} ennå. Pakken kan lastes ned, men sier bare hva som mangler.",
        "Det finst ingen tal for {year} enno. Pakken kan lastast ned, men seier berre kva som manglar.",
    ),
    "report.empty_what": ("folketall, møter og styreperioder", "folketal, møte og styreperiodar"),
    "report.pack_lang": ("Målform for presentasjon og regneark", "Målform for presentasjon og rekneark"),
    "report.pack_lang_help": (
        "Kommunene har rett til nynorsk: velg målformen pakken skal lastes ned på. Forhåndsvisningen følger språket på siden.",
        "Kommunane har rett til nynorsk: vel målforma pakken skal lastast ned på. Førehandsvisinga følgjer språket på sida.",
    ),
    "report.download_deck": ("Presentasjon (.pptx)", "Presentasjon (.pptx)"),
    "report.download_workbook": ("Kontingentliste (.xlsx)", "Kontingentliste (.xlsx)"),
    "report.download_note": (
        "Presentasjonen har redigerbare diagrammer og talepunkter med kilder. Regnearket har kontingentlisten "
        "klar til fakturering og ett ark per tema. Alle tall er de samme som på sidene i dashbordet.",
        "Presentasjonen har diagram som kan redigerast, og talepunkt med kjelder. Reknearket har kontingentlista "
        "klar til fakturering og eitt ark per tema. Alle tal er dei same som på sidene i dashbordet.",
    ),
    "report.preview": ("Forhåndsvisning av lysbildene", "Førehandsvising av lysbileta"),
    "report.preview_caption": ("Lysbilde {number} av {count} · {kicker}", "Lysbilete {number} av {count} · {kicker}"),
    "report.notes": ("Talepunkter", "Talepunkt"),
    "report.sample_note": (
        "Databasen inneholder eksempeldata; presentasjonen er merket med det.",
        "Databasen inneheld eksempeldata; presentasjonen er merkt med det.",
    ),
    "report.cli_written": ("Skrev {path}", "Skreiv {path}"),
    "report.cli_no_folder": ("Mappen {folder} finnes ikke.", "Mappa {folder} finst ikkje."),
    "report.cli_not_written": ("Kunne ikke skrive {path}: {reason}.", "Kunne ikkje skrive {path}: {reason}."),
    "report.cli_empty": (
        "Ingen tall for {year}: folketall per {date} mangler, og ingen møter eller styreperioder er registrert "
        "for året. Skrev likevel en presentasjon og et regneark som sier dette.",
        "Ingen tal for {year}: folketal per {date} manglar, og ingen møte eller styreperiodar er registrerte "
        "for året. Skreiv likevel ein presentasjon og eit rekneark som seier dette.",
    ),
    "report.cli_help": (
        "årsmøtepakke: presentasjon (.pptx) og kontingentliste (.xlsx) for et år",
        "årsmøtepakke: presentasjon (.pptx) og kontingentliste (.xlsx) for eit år",
    ),
    "report.cli_out_help": (
        "filnavn uten eller med .pptx/.xlsx; begge filene skrives",
        "filnamn utan eller med .pptx/.xlsx; begge filene blir skrivne",
    ),
    # -- the deck: frame ----------------------------------------------------------------------
    "report.organisation": ("Kommunehelsesamarbeidet (KHS)", "Kommunehelsesamarbeidet (KHS)"),
    "report.footer": ("Kommunehelsesamarbeidet (KHS) · Årsmøte {year}", "Kommunehelsesamarbeidet (KHS) · Årsmøte {year}"),
    "report.title": ("Årsmøte {year}", "Årsmøte {year}"),
    "report.title_meeting": ("Ordfører- og rådmannsmøtet", "Ordførar- og rådmannsmøtet"),
    "report.title_meeting_date": ("Ordfører- og rådmannsmøtet {date}", "Ordførar- og rådmannsmøtet {date}"),
    "report.title_figures": ("Tall per {date}, hentet fra KHS-dashbordet", "Tal per {date}, henta frå KHS-dashbordet"),
    "report.title_sample": (
        "Eksempeldata: folketall 2025 fra offentlige kilder, alt annet er oppdiktet",
        "Eksempeldata: folketal 2025 frå offentlege kjelder, alt anna er dikta opp",
    ),
    "report.title_notes": (
        "Årsmøtepakke for {year} fra KHS-dashbordet, laget {today}. Regelsjekkene gjelder {on}. "
        "Alle tall i presentasjonen er regnet ut av de samme funksjonene som sidene i dashbordet.",
        "Årsmøtepakke for {year} frå KHS-dashbordet, laga {today}. Regelsjekkane gjeld {on}. "
        "Alle tal i presentasjonen er rekna ut av dei same funksjonane som sidene i dashbordet.",
    ),
    "report.agenda": ("Dagsorden", "Dagsorden"),
    "report.agenda_title": ("Dette går vi gjennom i dag", "Dette går vi gjennom i dag"),
    "report.agenda_notes": (
        "Dagsorden: {topics}. Til slutt sakene årsmøtet bør ta stilling til.",
        "Dagsorden: {topics}. Til slutt sakene årsmøtet bør ta stilling til.",
    ),
    "report.more": ("… og {count} til (se dashbordet)", "… og {count} til (sjå dashbordet)"),
    "report.none": ("Ingen", "Ingen"),
    "report.vacant": ("Ledig", "Ledig"),
    "report.and": ("og", "og"),
    # -- no data --------------------------------------------------------------------------------
    "report.empty.kicker": ("Ingen tall", "Ingen tal"),
    "report.empty.title": ("Det finnes ingen tall for {year} ennå", "Det finst ingen tal for {year} enno"),
    "report.empty.subtitle": (
        "Koordinator kan laste opp tallene på siden Koordinator i dashbordet",
        "Koordinatoren kan laste opp tala på sida Koordinator i dashbordet",
    ),
    "report.empty.population": (
        "Folketall per {date} (grunnlaget for kontingenten {year}) er ikke registrert.",
        "Folketal per {date} (grunnlaget for kontingenten {year}) er ikkje registrert.",
    ),
    "report.empty.meetings": ("Ingen møter er registrert i {year}.", "Ingen møte er registrerte i {year}."),
    "report.empty.board": ("Ingen styreperioder gjelder i {year}.", "Ingen styreperiodar gjeld i {year}."),
    "report.empty.notes": (
        "Databasen har ingen tall for {year}: ingen folketall per {date}, ingen møter og ingen styreperioder i året.",
        "Databasen har ingen tal for {year}: ingen folketal per {date}, ingen møte og ingen styreperiodar i året.",
    ),
    # -- key figures ----------------------------------------------------------------------------
    "report.key.kicker": ("Nøkkeltall", "Nøkkeltal"),
    "report.key.title": (
        "{members} kommuner med {population} innbyggere samarbeider i KHS i {year}",
        "{members} kommunar med {population} innbyggjarar samarbeider i KHS i {year}",
    ),
    "report.key.title_no_population": ("{members} kommuner samarbeider i KHS i {year}", "{members} kommunar samarbeider i KHS i {year}"),
    "report.key.population_missing": ("folketall per {date} mangler", "folketal per {date} manglar"),
    "report.key.subtitle": ("Status per {date}", "Status per {date}"),
    "report.key.members": ("Medlemskommuner", "Medlemskommunar"),
    "report.key.members_detail": ("medlemmer på forfallsdagen {date}", "medlemmer på forfallsdagen {date}"),
    "report.key.members_leaving": ("{municipality} går ut {date}", "{municipality} går ut {date}"),
    "report.key.members_joining": ("{municipality} blir medlem {date}", "{municipality} blir medlem {date}"),
    "report.key.paid_detail": ("per {date}", "per {date}"),
    "report.key.population": ("Innbyggere", "Innbyggjarar"),
    "report.key.population_detail": ("folketall per {date}", "folketal per {date}"),
    "report.key.dues": ("Kontingent {year}", "Kontingent {year}"),
    "report.key.dues_detail": ("{paid} betalt ({share})", "{paid} betalt ({share})"),
    "report.key.dues_basis": ("kr {rate} per innbygger × folketall per {date}", "kr {rate} per innbyggjar × folketal per {date}"),
    "report.key.paid": ("Kontingent betalt {year}", "Kontingent betalt {year}"),
    "report.key.meetings": ("Styremøter holdt {year}", "Styremøte haldne {year}"),
    "report.key.meetings_detail": ("krav: minst {required} · {planned} planlagt", "krav: minst {required} · {planned} planlagde"),
    "report.key.vacancies": ("Ledige plasser", "Ledige plassar"),
    "report.key.vacancies_detail": ("{board} i styret · {network} i nettverket", "{board} i styret · {network} i nettverket"),
    "report.key.projects": ("Aktive prosjekter", "Aktive prosjekt"),
    "report.key.projects_detail": ("status «pågår»", "status «pågår»"),
    "report.key.notes": (
        "Tall per {on}. Medlemmer: {members} kommuner. Innbyggere: {population} per {population_date} "
        "(folketall 1. januar, grunnlaget for kontingenten {year}). Kontingent {year}: {total}, betalt {paid}. "
        "Styremøter: {held} holdt av minst {required}, {planned} planlagt. Ledige plasser: {board} i styret, "
        "{network} i Samhandlingsnettverket. Aktive prosjekter: {projects}.",
        "Tal per {on}. Medlemmer: {members} kommunar. Innbyggjarar: {population} per {population_date} "
        "(folketal 1. januar, grunnlaget for kontingenten {year}). Kontingent {year}: {total}, betalt {paid}. "
        "Styremøte: {held} haldne av minst {required}, {planned} planlagde. Ledige plassar: {board} i styret, "
        "{network} i Samhandlingsnettverket. Aktive prosjekt: {projects}.",
    ),
    # -- dues -------------------------------------------------------------------------------------
    "report.dues.kicker": ("Kontingent {year}", "Kontingent {year}"),
    "report.dues.title_paid": (
        "Alle {count} kommuner har betalt kontingenten for {year}: {total}",
        "Alle {count} kommunane har betalt kontingenten for {year}: {total}",
    ),
    "report.dues.title_unpaid": (
        "{paid} av {total} er betalt – {names} har ikke betalt",
        "{paid} av {total} er betalt – {names} har ikkje betalt",
    ),
    "report.dues.title_unpaid_many": (
        "{paid} av {total} er betalt – {count} kommuner har ikke betalt",
        "{paid} av {total} er betalt – {count} kommunar har ikkje betalt",
    ),
    "report.dues.title_ahead": (
        "Kontingenten for {year} blir {total}, med forfall {due}",
        "Kontingenten for {year} blir {total}, med forfall {due}",
    ),
    "report.dues.title_missing": (
        "Folketall mangler for {count} kommuner – kontingenten for {year} er ikke komplett",
        "Folketal manglar for {count} kommunar – kontingenten for {year} er ikkje komplett",
    ),
    "report.dues.subtitle": (
        "kr {rate} × folketall per {date} · forfall {due} · beløp i kr",
        "kr {rate} × folketal per {date} · forfall {due} · beløp i kr",
    ),
    "report.dues.subtitle_unpaid": ("rødoransje: ikke betalt", "raudoransje: ikkje betalt"),
    "report.dues.series": ("Kontingent (kr)", "Kontingent (kr)"),
    "report.dues.notes": (
        "Kontingent {year}: kr {rate} per innbygger ({rate_rule}) × folketall per {population_date} "
        "({population_rule}). Forfall {due}. Sum {total} for {count} kommuner; betalt {paid} per {on}. {unpaid} "
        "De tre største: {largest} – til sammen {largest_share} av kontingenten.",
        "Kontingent {year}: kr {rate} per innbyggjar ({rate_rule}) × folketal per {population_date} "
        "({population_rule}). Forfall {due}. Sum {total} for {count} kommunar; betalt {paid} per {on}. {unpaid} "
        "Dei tre største: {largest} – til saman {largest_share} av kontingenten.",
    ),
    "report.dues.notes_unpaid": ("Ikke betalt: {items}.", "Ikkje betalt: {items}."),
    "report.dues.notes_all_paid": ("Alle har betalt.", "Alle har betalt."),
    "report.dues.notes_missing": (
        "Folketall mangler for {names}; de er ikke med i summen.",
        "Folketal manglar for {names}; dei er ikkje med i summen.",
    ),
    # -- board --------------------------------------------------------------------------------------
    "report.board.kicker": ("Styret: perioder og regelsjekk", "Styret: periodar og regelsjekk"),
    "report.board.title_ok": (
        "Styret er fulltallig, og alle regelsjekkene er oppfylt",
        "Styret er fulltalig, og alle regelsjekkane er oppfylte",
    ),
    "report.board.title": ("Styret: {parts}", "Styret: {parts}"),
    "report.board.vacant.one": ("{n} ledig plass", "{n} ledig plass"),
    "report.board.vacant.many": ("{n} ledige plasser", "{n} ledige plassar"),
    "report.board.ending.one": ("{n} periode går ut uten etterfølger", "{n} periode går ut utan etterfølgjar"),
    "report.board.ending.many": ("{n} perioder går ut uten etterfølger", "{n} periodar går ut utan etterfølgjar"),
    "report.board.failing.one": ("{n} regelsjekk er ikke oppfylt", "{n} regelsjekk er ikkje oppfylt"),
    "report.board.failing.many": ("{n} regelsjekker er ikke oppfylt", "{n} regelsjekkar er ikkje oppfylte"),
    "report.board.subtitle": (
        "Per {date} · rødoransje: ledig plass · uthevet: perioden går ut innen 6 måneder",
        "Per {date} · raudoransje: ledig plass · utheva: perioden går ut innan 6 månader",
    ),
    "report.board.col.region": ("Styreregion", "Styreregion"),
    "report.board.col.person": ("Representant", "Representant"),
    "report.board.col.municipality": ("Kommune", "Kommune"),
    "report.board.col.end": ("Til", "Til"),
    "report.board.person_role": ("{person} ({role})", "{person} ({role})"),
    "report.board.checks": ("Regelsjekker", "Regelsjekkar"),
    "report.check.regions_covered": ("Alle styreregioner har representant", "Alle styreregionar har representant"),
    "report.check.small_members": ("Minst to fra små kommuner", "Minst to frå små kommunar"),
    "report.check.term_length": ("Periodene følger regelen", "Periodane følgjer regelen"),
    "report.check.deputy_small": ("Nestleder fra liten kommune", "Nestleiar frå liten kommune"),
    "report.check.leader": ("Styret har én leder", "Styret har éin leiar"),
    "report.check.one_seat_per_region": ("Én plass per region", "Éin plass per region"),
    "report.check.one_region_per_person": ("Én region per person", "Éin region per person"),
    "report.check.seats_held_by_members": ("Plassene holdes av medlemmer", "Plassane blir haldne av medlemmer"),
    "report.board.notes_check": (
        "{mark} {label} ({level}): {reason} (Regel: {rule})",
        "{mark} {label} ({level}): {reason} (Regel: {rule})",
    ),
    "report.board.advice_suffix": (" (bør, ikke krav)", " (bør, ikkje krav)"),
    "report.board.notes_term": (
        "Perioden til {person} ({region}) går ut {date}; {successor}.",
        "Perioden til {person} ({region}) går ut {date}; {successor}.",
    ),
    "report.board.notes": (
        "Styret per {on}: {filled} av {seats} styreregioner har representant. Regelsjekker: {checks} {terms}",
        "Styret per {on}: {filled} av {seats} styreregionar har representant. Regelsjekkar: {checks} {terms}",
    ),
    "report.successor.none": ("ingen etterfølger er registrert", "ingen etterfølgjar er registrert"),
    "report.successor.same": ("gjenvalgt", "attvald"),
    "report.successor.other": ("etterfølger: {person}", "etterfølgjar: {person}"),
    # -- meetings -----------------------------------------------------------------------------------
    "report.meetings.kicker": ("Møter og møtekrav {year}", "Møte og møtekrav {year}"),
    "report.meetings.title_ok": ("Alle møtekravene for {year} er oppfylt", "Alle møtekrava for {year} er oppfylte"),
    "report.meetings.title_missed": (
        "{body} holdt {held} av minst {required} møter i {year}",
        "{body} heldt {held} av minst {required} møte i {year}",
    ),
    "report.meetings.title_unreachable": (
        "{body} når ikke minst {required} møter i {year}: {held} holdt, {ahead} planlagt",
        "{body} når ikkje minst {required} møte i {year}: {held} haldne, {ahead} planlagde",
    ),
    "report.meetings.title_pending": (
        "{body} har holdt {held} av minst {required} møter – {ahead} til er planlagt i {year}",
        "{body} har halde {held} av minst {required} møte – {ahead} til er planlagt i {year}",
    ),
    "report.meetings.title_unplanned": (
        "{body} har {ahead} av minst {required} møter planlagt for {year} så langt",
        "{body} har {ahead} av minst {required} møte planlagde for {year} så langt",
    ),
    "report.meetings.subtitle": ("Bare avholdte møter teller · per {date}", "Berre haldne møte tel · per {date}"),
    "report.meetings.held": ("Avholdt", "Halde"),
    "report.meetings.no_minimum": (
        "Ingen regel om minste antall møter gjelder for {year}.",
        "Ingen regel om minste tal på møte gjeld for {year}.",
    ),
    "report.meetings.planned": ("Planlagt", "Planlagt"),
    "report.meetings.required": ("Minstekrav", "Minstekrav"),
    "report.meetings.col.date": ("Dato", "Dato"),
    "report.meetings.col.body": ("Møte", "Møte"),
    "report.meetings.col.status": ("Status", "Status"),
    "report.meetings.notes_row": (
        "{body}: {held} avholdt, {planned} planlagt, {cancelled} avlyst; krav minst {required} ({rule}).",
        "{body}: {held} haldne, {planned} planlagde, {cancelled} avlyste; krav minst {required} ({rule}).",
    ),
    "report.meetings.notes": (
        "Møter i {year} per {on}. Bare avholdte møter teller mot kravet. {rows}",
        "Møte i {year} per {on}. Berre haldne møte tel mot kravet. {rows}",
    ),
    # -- network ------------------------------------------------------------------------------------
    "report.network.kicker": ("Samhandlingsnettverket", "Samhandlingsnettverket"),
    "report.network.title_ok": (
        "Alle {seats} LSU-områdene har representant i Samhandlingsnettverket",
        "Alle dei {seats} LSU-områda har representant i Samhandlingsnettverket",
    ),
    "report.network.title": (
        "{filled} av {seats} plasser i nettverket er besatt – {areas} mangler representant",
        "{filled} av {seats} plassar i nettverket er fylte – {areas} manglar representant",
    ),
    "report.network.subtitle": (
        "Én representant per LSU-område · per {date} · «Navn oppdateres» regnes som ledig",
        "Éin representant per LSU-område · per {date} · «Navn oppdateres» blir rekna som ledig",
    ),
    "report.network.col.area": ("LSU-område", "LSU-område"),
    "report.network.col.person": ("Representant", "Representant"),
    "report.network.col.municipality": ("Kommune", "Kommune"),
    "report.network.col.covers": ("Kommunene i området", "Kommunane i området"),
    "report.network.notes": (
        "Samhandlingsnettverket per {on}: {filled} av {seats} plasser besatt. {rows}",
        "Samhandlingsnettverket per {on}: {filled} av {seats} plassar fylte. {rows}",
    ),
    "report.network.notes_row": ("{area}: {person}.", "{area}: {person}."),
    # -- projects ------------------------------------------------------------------------------------
    "report.projects.kicker": ("Prosjekter", "Prosjekt"),
    "report.projects.title": (
        "{count} prosjekter pågår, med budsjett {budget} og {granted} i ekstern støtte",
        "{count} prosjekt går føre seg, med budsjett {budget} og {granted} i ekstern støtte",
    ),
    "report.projects.title_none": (
        "Ingen prosjekter pågår nå; {planned} er planlagt",
        "Ingen prosjekt går føre seg no; {planned} er planlagde",
    ),
    "report.projects.subtitle": (
        "Alle registrerte prosjekter etter status · beløp i kr",
        "Alle registrerte prosjekt etter status · beløp i kr",
    ),
    "report.projects.budget": ("Budsjett", "Budsjett"),
    "report.projects.none": ("Ingen prosjekter er registrert.", "Ingen prosjekt er registrerte."),
    "report.projects.granted": ("Ekstern støtte innvilget", "Ekstern støtte innvilga"),
    "report.projects.col.active": ("Pågår nå", "Går føre seg no"),
    "report.projects.col.lead": ("Ansvarlig", "Ansvarleg"),
    "report.projects.notes_row": (
        "{status}: {count} prosjekt(er), budsjett {budget}, søkt {applied}, innvilget {granted}.",
        "{status}: {count} prosjekt, budsjett {budget}, søkt {applied}, innvilga {granted}.",
    ),
    "report.projects.notes": (
        "Prosjekter i porteføljen (alle år), etter status. {rows} Pågående: {active}.",
        "Prosjekt i porteføljen (alle år), etter status. {rows} Går føre seg: {active}.",
    ),
    # -- needs attention -----------------------------------------------------------------------------
    "report.attention.kicker": ("Trenger oppmerksomhet", "Treng merksemd"),
    "report.attention.title.one": ("{n} sak trenger oppmerksomhet", "{n} sak treng merksemd"),
    "report.attention.title.many": ("{n} saker trenger oppmerksomhet", "{n} saker treng merksemd"),
    "report.attention.title_none": ("Ingenting trenger oppmerksomhet i {year}", "Ingenting treng merksemd i {year}"),
    "report.attention.subtitle": (
        "Fra regelsjekkene per {date} · ✘ brudd eller forfalt · ! følg med · i råd (bør)",
        "Frå regelsjekkane per {date} · ✘ brot eller forfalle · ! følg med · i råd (bør)",
    ),
    "report.attention.empty": ("Alle regelsjekkene er oppfylt.", "Alle regelsjekkane er oppfylte."),
    "report.attention.notes": (
        "Sakene kommer fra regelsjekkene i dashbordet (siden Oversikt) per {on}: {items}",
        "Sakene kjem frå regelsjekkane i dashbordet (sida Oversikt) per {on}: {items}",
    ),
    # -- decisions -------------------------------------------------------------------------------------
    "report.decisions.kicker": ("Saker til behandling", "Saker til handsaming"),
    "report.decisions.title": ("Til behandling: {parts}", "Til handsaming: {parts}"),
    "report.decisions.title_none": ("Ingen saker krever vedtak i år", "Ingen saker krev vedtak i år"),
    "report.decisions.subtitle": ("Per {date}", "Per {date}"),
    "report.decisions.rules": ("Regelsjekker som ikke er oppfylt", "Regelsjekkar som ikkje er oppfylte"),
    "report.decisions.advice": ("Råd som ikke er fulgt (bør, ikke krav)", "Råd som ikkje er følgde (bør, ikkje krav)"),
    "report.decisions.count.advice.one": ("{n} råd", "{n} råd"),
    "report.decisions.count.advice.many": ("{n} råd", "{n} råd"),
    "report.decisions.seats": ("Plasser som må fylles", "Plassar som må fyllast"),
    "report.decisions.terms": ("Perioder som går ut innen 6 måneder", "Periodar som går ut innan 6 månader"),
    "report.decisions.notice": ("Kommuner som har sagt opp", "Kommunar som har sagt opp"),
    "report.decisions.count.rules.one": ("{n} regelbrudd", "{n} regelbrot"),
    "report.decisions.count.rules.many": ("{n} regelbrudd", "{n} regelbrot"),
    "report.decisions.count.seats.one": ("{n} ledig plass", "{n} ledig plass"),
    "report.decisions.count.seats.many": ("{n} ledige plasser", "{n} ledige plassar"),
    "report.decisions.count.terms.one": ("{n} periode som går ut", "{n} periode som går ut"),
    "report.decisions.count.terms.many": ("{n} perioder som går ut", "{n} periodar som går ut"),
    "report.decisions.count.notice.one": ("{n} oppsigelse", "{n} oppseiing"),
    "report.decisions.count.notice.many": ("{n} oppsigelser", "{n} oppseiingar"),
    "report.decisions.seat_board": ("Styret: {region}", "Styret: {region}"),
    "report.decisions.seat_network": ("Nettverket: {area}", "Nettverket: {area}"),
    "report.decisions.term": ("{region}: {person}, {date} – {successor}", "{region}: {person}, {date} – {successor}"),
    "report.decisions.notice_item": (
        "{municipality}: sagt opp {notice}, går ut {leaving}",
        "{municipality}: sagt opp {notice}, går ut {leaving}",
    ),
    "report.decisions.notice_dues": ("; betaler kontingent for {year}", "; betaler kontingent for {year}"),
    "report.decisions.notes": (
        "Sakene årsmøtet bør ta stilling til, per {on}. {groups}",
        "Sakene årsmøtet bør ta stilling til, per {on}. {groups}",
    ),
}
