"""The line-role model: labels for a page's lines (README.md here)."""
