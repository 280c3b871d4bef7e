"""Link: per-article extractions become one story. `parties` joins parties across reports on
evidence that names one party, `sources` does the same for sources, `assemble` builds the
explainer model from them."""
