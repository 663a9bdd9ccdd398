"""The yardstick for page speed, run under AppTest beside the dashboard's pages."""

from bench.reference_content import show

show()
