"""Real services the tests start on 127.0.0.1 (never mocks): Dask here; each module is a pytest fixture module."""
