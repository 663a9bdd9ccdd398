"""The command line's own words (khs_data.cli, commands.base): errors, refusals, dry runs, check marks."""

TEXTS = {
    "cli.error": ("Feil: {error}", "Feil: {error}"),
    "cli.refused": ("Ingenting er importert. {count} problem(er):", "Ingenting er importert. {count} problem:"),
    "cli.pick_kind": ("Velg filtype med --kind: {kinds}.", "Vel filtype med --kind: {kinds}."),
    "cli.or": ("eller", "eller"),
    "cli.interrupted": ("Avbrutt.", "Avbrote."),
    "cli.unexpected": (
        "Uventet feil i dashbordets program (ikke i dataene dine). En import eller angring som ble avbrutt, er ikke "
        "lagret. Prøv igjen; skjer det igjen, kjør kommandoen med {setting}=1 og send utskriften til den som drifter dashbordet.",
        "Uventa feil i programmet til dashbordet (ikkje i dataa dine). Ein import eller ei angring som vart avbroten, er ikkje "
        "lagra. Prøv igjen; skjer det igjen, køyr kommandoen med {setting}=1 og send utskrifta til den som driftar dashbordet.",
    ),
    "cli.no_database": (
        "Databasen {path} finnes ikke. Opprett den med «python -m khs_data init» (med --sample for eksempeldata).",
        "Databasen {path} finst ikkje. Opprett han med «python -m khs_data init» (med --sample for eksempeldata).",
    ),
    "cli.dry_run": ("Prøvekjøring (ingenting skrevet): {summary}", "Prøvekøyring (ingenting skrive): {summary}"),
    "cli.imported": ("Import {id}: {summary}", "Import {id}: {summary}"),
    "cli.mark.ok": ("OK", "OK"),
    "cli.mark.bad": ("IKKE OK", "IKKJE OK"),
    "cli.mark.advice": ("RÅD", "RÅD"),
}
