"""The catalogue engine: EUCAIM DCAT-AP records checked against the generated and authored SHACL shapes.

Inside: ``rdf_input`` reads Turtle/JSON-LD/RDF-XML/N-Triples safely; ``profiles`` loads the shape profiles
and background vocabularies; ``engine`` turns validation results into findings (``ShaclEngine``).
Validation runs through a ``results.ShaclBackend``: ``pyshacl_backend`` (the reference) or ``compiled``
(SPARQL over pyoxigraph: ``plan`` picks the shapes it compiles, ``components`` compiles each constraint
component into ``jobs``, the rest goes to pySHACL). ``data`` and ``shapes`` wrap the two graphs, ``terms``
writes RDF terms as results carry them.
"""

from eucaim_spec.validate.shacl.engine import ShaclEngine

__all__ = ["ShaclEngine"]
