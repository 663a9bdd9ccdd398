"""The year's events (khs_data.metrics.yearwheel) rendered: titles and descriptions from the
catalogue, the `calendar --json` document and the iCalendar file. The page, the JSON and the
.ics all use these, so they agree."""
