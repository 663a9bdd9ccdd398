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
    # argparse's own words (it writes them in English): replaced in the parser's output
    "cli.argparse.usage: ": ("bruk: ", "bruk: "),
    "cli.argparse.options:": ("valg:", "val:"),
    "cli.argparse.positional arguments:": ("argumenter:", "argument:"),
    "cli.argparse.show this help message and exit": ("vis denne hjelpeteksten og avslutt", "vis denne hjelpeteksten og avslutt"),
    "cli.argparse.the following arguments are required: ": ("disse må være med: ", "desse må vere med: "),
    "cli.argparse.invalid choice: ": ("ugyldig valg: ", "ugyldig val: "),
    "cli.argparse.(choose from ": ("(velg blant ", "(vel mellom "),
    "cli.argparse.unrecognized arguments: ": ("ukjente argumenter: ", "ukjende argument: "),
    "cli.argparse.invalid int value: ": ("ikke et heltall: ", "ikkje eit heiltal: "),
    "cli.argparse.expected one argument": ("venter én verdi", "ventar éin verdi"),
    "cli.argparse.error": ("feil", "feil"),
}
