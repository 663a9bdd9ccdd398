"""Chart builders: DataFrame in, plotly figure out. They never query or format data."""
