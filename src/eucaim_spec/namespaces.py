"""RDF namespaces and the few terms the code names, as plain strings: the one place each IRI is written.

Plain ``str`` constants (an IRI is ``NS + local name``), so importing this module costs nothing: no
rdflib at module level (``eucaim --help`` stays fast). Where rdflib wants a namespace object, wrap one:
``rdflib.Namespace(SH)``.
"""

from __future__ import annotations

# -- W3C and DCMI vocabularies ---------------------------------------------------------------------------
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SH = "http://www.w3.org/ns/shacl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
DQV = "http://www.w3.org/ns/dqv#"
ODRL = "http://www.w3.org/ns/odrl/2/"

# -- other vocabularies the DCAT-AP background types may name -------------------------------------------
DPV = "https://w3id.org/dpv#"
SPDX = "http://spdx.org/rdf/terms#"
ELI = "http://data.europa.eu/eli/ontology#"

# -- EUCAIM ---------------------------------------------------------------------------------------------
#: Annotations of this project's shapes and background (``eucaimns:ruleId``, ``eucaimns:hint``, ...).
EUCAIM_NS = "https://w3id.org/eucaim-spec/ns#"
#: The generated DCAT-AP shapes.
EUCAIM_SHAPES = "https://w3id.org/eucaim-spec/dcat_ap/shapes#"
#: Quality metrics and dimensions of the DQV outputs (report and profile).
EUCAIM_QUALITY = "https://w3id.org/eucaim-spec/quality#"
#: The EUCAIM hyper-ontology (canonical base of its concept IRIs).
EUCAIM_ONTOLOGY = "https://cancerimage.eu/ontology/EUCAIM#"

# -- terms ----------------------------------------------------------------------------------------------
RDF_TYPE = RDF + "type"
RDF_FIRST = RDF + "first"
RDF_LANG_STRING = RDF + "langString"
RDFS_CLASS = RDFS + "Class"
RDFS_SUBCLASS_OF = RDFS + "subClassOf"
SKOS_IN_SCHEME = SKOS + "inScheme"
XSD_STRING = XSD + "string"
XSD_INTEGER = XSD + "integer"
DCAT_DATASET = DCAT + "Dataset"
DCT_IDENTIFIER = DCT + "identifier"
DCT_ACCESS_RIGHTS = DCT + "accessRights"
EUCAIM_RULE_ID = EUCAIM_NS + "ruleId"
EUCAIM_HINT = EUCAIM_NS + "hint"
EUCAIM_TIER = EUCAIM_NS + "tier"
EUCAIM_INTEROPERABILITY_LEVEL = EUCAIM_ONTOLOGY + "interoperabilityLevel"
