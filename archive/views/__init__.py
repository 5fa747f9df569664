"""The reader site's views, one module per area (dates, issues, articles, people…)."""
