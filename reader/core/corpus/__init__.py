"""Corpus mode: claims from many articles in parallel, as a Parquet dataset DuckDB (and pandas, Spark …) can query.

Needs the `[corpus]` extra (pyarrow, duckdb, dask[distributed], warcio). `extract.extract_corpus` runs a
corpus; `duck.connect` opens its tables; `summary` and `search` answer the CLI's questions about it.
"""
