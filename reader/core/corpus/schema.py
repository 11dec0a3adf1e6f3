"""The dataset's tables as Arrow schemas: what researchers get in OUT/articles/ and OUT/claims/.

One schema per table, fixed here, so every partition file (whichever engine or process wrote it)
has the same columns and types and DuckDB, pandas or Spark read the folder as one table.
The `year=YYYY/month=MM/` directories carry the date's partition keys; they are not columns in
the files (hive partitioning adds them when read).
"""

from __future__ import annotations

import pyarrow as pa

NUMBER = pa.struct([("text", pa.string()), ("value", pa.float64()), ("start", pa.int32()), ("end", pa.int32())])

ARTICLES = pa.schema([
    ("id", pa.string()),
    ("ordinal", pa.int64()),      # position in the input, in the order the inputs were given
    ("source", pa.string()),      # the input file it came from
    ("url", pa.string()),
    ("title", pa.string()),
    ("date", pa.date32()),
    ("fingerprint", pa.string()),  # sha256 of the normalized text: the reader's document identity
    ("chars", pa.int64()),
    ("claim_count", pa.int32()),
    ("error", pa.string()),       # why the article was not read (binary, undecodable, too big …); null when it was
])

CLAIMS = pa.schema([
    ("article_id", pa.string()),
    ("claim_id", pa.string()),    # "<article id>#<ordinal>"
    ("ordinal", pa.int32()),      # the claim's place in its article, in text order
    ("kind", pa.string()),
    ("content", pa.string()),
    ("start", pa.int32()),        # [start, end) in code points of the article's normalized text
    ("end", pa.int32()),
    ("speaker", pa.string()),
    ("speaker_canonical", pa.string()),  # one spelling per person across the corpus (filled after extraction)
    ("speaker_confidence", pa.float32()),
    ("role", pa.string()),
    ("cue", pa.string()),
    ("via", pa.string()),
    ("hedged", pa.bool_()),
    ("hedge", pa.string()),
    ("numbers", pa.list_(NUMBER)),
    ("rules", pa.list_(pa.string())),  # the extractor's provenance: which rules made the claim, in order
    ("speaker_rules", pa.list_(pa.string())),  # … and which chose its speaker
    ("quote_id", pa.string()),    # a quotation's row in `quotes` (md5 of its text, case, spacing and quote marks ignored)
    ("extractor_version", pa.string()),
])

TABLES = {"articles": ARTICLES, "claims": CLAIMS}
