"""A record's payload as one JSON document to change, and back to bytes: for the codec tests that feed
decode() what the app never writes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

from integration_journal.core import codec
from integration_journal.core import records as r


def envelope(record: r.Record) -> dict[str, Any]:
    """The record as one all-JSON document (the old layout, which decode still reads)."""
    head, nul, raw = codec.encode(record).partition(b"\0")
    document = json.loads(head)
    if nul:
        (name,) = codec.DEFAULT_CODEC.spec_for(record.KIND).raw_fields
        document["d"][name] = raw.decode("utf-8")
    return document


def payload_of(document: Any) -> bytes:
    return json.dumps(document).encode()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (st.lists(children, max_size=3)
                      | st.dictionaries(st.text(max_size=5), children, max_size=3)),
    max_leaves=8,
)


def one_value_replaced(record: r.Record, data) -> bytes:
    """The record's payload with one field or envelope entry replaced by any JSON value."""
    document = envelope(record)
    target = data.draw(st.sampled_from(sorted(document["d"]) + ["k", "v", "c", "u"]))
    value = data.draw(JSON_VALUES)
    if target in document["d"]:
        document["d"][target] = value
    else:
        document[target] = value
    return payload_of(document)
