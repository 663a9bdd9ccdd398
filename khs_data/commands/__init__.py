"""Further CLI commands, one module each, found automatically by khs_data.cli.

A module here defines `NAME` (the command word), `add_arguments(parser)` and
`run(db, args) -> int`; it raises UsageError/StoreError/ImportRefused like the core commands."""
