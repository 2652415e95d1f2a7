"""Bundled newstui themes (data only); shipped in the wheel as newstui.bundled_themes."""
