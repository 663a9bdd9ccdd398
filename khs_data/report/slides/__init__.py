"""The figures the annual pack shows, one module per slide topic like khs_data.metrics and
khs_data.charts: each builds its SlidePlan (blocks, a title that states the finding, speaker
notes) from the metric results khs_data.report.pack gathered once."""
