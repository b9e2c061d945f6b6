"""The catalogue engine: EUCAIM DCAT-AP records checked against the generated and authored SHACL shapes.

Inside: ``rdf_input`` reads Turtle/JSON-LD/RDF-XML/N-Triples safely, ``profiles`` loads the shape profiles and
background vocabularies, ``backends`` validates (the compiled backend, pySHACL as the reference), ``engine``
turns results into findings (``ShaclEngine``).
"""

from eucaim_spec.validate.shacl.engine import ShaclEngine

__all__ = ["ShaclEngine"]
