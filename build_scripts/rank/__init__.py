"""Rank and order the curated story for a reader: what matters first (`salience`), events in
date order by period (`timeline`), what each report added (`updates`)."""
