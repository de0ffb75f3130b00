"""Widgets that more than one page uses: date fields, sliders, flowing rows, scrolling areas, labels."""
